package dev.orderledger.api.product;

import dev.orderledger.api.security.Role;

import java.util.Set;

import static dev.orderledger.api.product.ProductStatus.AUDIT_APPROVED;
import static dev.orderledger.api.product.ProductStatus.AUDIT_REJECTED;
import static dev.orderledger.api.product.ProductStatus.DELETED;
import static dev.orderledger.api.product.ProductStatus.DRAFT;
import static dev.orderledger.api.product.ProductStatus.FROZEN;
import static dev.orderledger.api.product.ProductStatus.OFF_SHELF;
import static dev.orderledger.api.product.ProductStatus.ON_SHELF;
import static dev.orderledger.api.product.ProductStatus.PENDING_AUDIT;
import static dev.orderledger.api.product.ProductStatus.SOLD_OUT;

/**
 * The item lifecycle as a table: each transition, the states it leaves, the state it reaches, and
 * who may take it (the item's seller, or only an admin). Admins may take every transition.
 */
public enum ProductTransition {
    SUBMIT_FOR_AUDIT(Set.of(DRAFT, AUDIT_REJECTED), PENDING_AUDIT, false),
    APPROVE(Set.of(PENDING_AUDIT), AUDIT_APPROVED, true),
    REJECT(Set.of(PENDING_AUDIT), AUDIT_REJECTED, true),
    PUT_ON_SHELF(Set.of(AUDIT_APPROVED, OFF_SHELF, SOLD_OUT), ON_SHELF, false),
    TAKE_OFF_SHELF(Set.of(ON_SHELF, SOLD_OUT), OFF_SHELF, false),
    MARK_SOLD_OUT(Set.of(ON_SHELF), SOLD_OUT, false),
    FREEZE(Set.of(DRAFT, PENDING_AUDIT, AUDIT_REJECTED, AUDIT_APPROVED, ON_SHELF, OFF_SHELF, SOLD_OUT), FROZEN, true),
    UNFREEZE(Set.of(FROZEN), OFF_SHELF, true),
    DELETE(Set.of(DRAFT, AUDIT_REJECTED, AUDIT_APPROVED, OFF_SHELF), DELETED, false);

    private final Set<ProductStatus> from;
    private final ProductStatus to;
    private final boolean adminOnly;

    ProductTransition(Set<ProductStatus> from, ProductStatus to, boolean adminOnly) {
        this.from = from;
        this.to = to;
        this.adminOnly = adminOnly;
    }

    public Set<ProductStatus> from() {
        return from;
    }

    public ProductStatus to() {
        return to;
    }

    public boolean allowedFor(Set<Role> roles, boolean isTheSeller) {
        return roles.contains(Role.ADMIN) || (!adminOnly && isTheSeller);
    }
}
