package dev.orderledger.api.product;

/** The lifecycle of an item, with the numeric codes of DOMAIN.md. Only ON_SHELF items can be ordered. */
public enum ProductStatus {
    DRAFT(0), PENDING_AUDIT(1), AUDIT_REJECTED(2), AUDIT_APPROVED(3),
    ON_SHELF(10), OFF_SHELF(11), SOLD_OUT(12), FROZEN(20), DELETED(99);

    private final int code;

    ProductStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
