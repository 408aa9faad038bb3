package dev.orderledger.command.cart;

import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletRequest;
import dev.orderledger.command.outcome.OrderOutcomes;
import dev.orderledger.command.order.ShippingAddressRequest;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.bounds.OrderSize;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * The cart, for a buyer (bearer token) or a guest (no token; the cart's own token in
 * {@value GuestToken#HEADER}, given by the first add). Every answer is the whole cart, priced now.
 */
@RestController
@RequestMapping("/api/cart")
@Validated
class CartController {

    private static final String TOKEN_DOC = "a guest's cart token, as the first add answered it; a signed-in buyer sends none";

    private final Carts carts;
    private final Checkouts checkouts;

    CartController(Carts carts, Checkouts checkouts) {
        this.carts = carts;
        this.checkouts = checkouts;
    }

    @GetMapping
    CartView cart(@Parameter(hidden = true) Optional<Actor> actor,
                  @Parameter(description = TOKEN_DOC, schema = @Schema(pattern = GuestToken.FORM))
                  @RequestHeader(name = GuestToken.HEADER, required = false) String token) {
        Owner owner = Owner.of(actor, token, false);
        return owner.cart() == null ? CartView.EMPTY : carts.view(owner.cart(), owner.token());
    }

    /** Adds units of a SKU; a guest without a cart gets one, and its token. */
    @PostMapping("/lines")
    ResponseEntity<CartView> add(@Parameter(hidden = true) Optional<Actor> actor,
                  @Parameter(description = TOKEN_DOC, schema = @Schema(pattern = GuestToken.FORM))
                  @RequestHeader(name = GuestToken.HEADER, required = false) String token,
                                 @Valid @RequestBody NewLine line) {
        Owner owner = Owner.of(actor, token, true);
        CartView cart = carts.add(owner.cart(), owner.token(), line.sku(), line.quantity());
        return owner.token() == null ? ResponseEntity.ok(cart)
                : ResponseEntity.ok().header(GuestToken.HEADER, owner.token().value()).body(cart);
    }

    @PutMapping("/lines/{productId}/{skuId}")
    CartView change(@Parameter(hidden = true) Optional<Actor> actor,
                  @Parameter(description = TOKEN_DOC, schema = @Schema(pattern = GuestToken.FORM))
                  @RequestHeader(name = GuestToken.HEADER, required = false) String token,
                    @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                    @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                    @Valid @RequestBody LineChange change) {
        Owner owner = Owner.of(actor, token, false);
        SkuRef sku = new SkuRef(ProductId.of(productId), SkuId.of(skuId));
        if (owner.cart() == null) {
            throw new ResourceNotFound("the cart has no " + sku);
        }
        return carts.change(owner.cart(), owner.token(), sku, change.quantity(), change.selected() == null || change.selected());
    }

    @DeleteMapping("/lines/{productId}/{skuId}")
    CartView remove(@Parameter(hidden = true) Optional<Actor> actor,
                  @Parameter(description = TOKEN_DOC, schema = @Schema(pattern = GuestToken.FORM))
                  @RequestHeader(name = GuestToken.HEADER, required = false) String token,
                    @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                    @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId) {
        Owner owner = Owner.of(actor, token, false);
        SkuRef sku = new SkuRef(ProductId.of(productId), SkuId.of(skuId));
        return owner.cart() == null ? CartView.EMPTY : carts.remove(owner.cart(), owner.token(), sku);
    }

    /**
     * Checks out the selected lines: one order per seller and one pay order covering them all
     * ({@link Checkouts}). 201 with the orders and what is due; 422 naming the order, the reason and the
     * line when placement refused one (nothing stays taken); 202 when the wait ran out.
     */
    @PostMapping("/checkout")
    @PreAuthorize("hasRole('BUYER')")
    DeferredResult<ResponseEntity<?>> checkout(Actor buyer, @Valid @RequestBody CheckoutRequest request, HttpServletRequest http) {
        return checkouts.checkout(buyer, request.shippingAddress() == null ? null : request.shippingAddress().toAddress(),
                request.couponId() == null ? null : CouponId.of(request.couponId()),
                request.points() == null ? 0 : request.points(), request.paymentMethod(), http.getHeader(OrderOutcomes.PREFER));
    }

    /**
     * Whose cart a request works on: a signed-in buyer's own (a guest token is then ignored: it merged
     * at login), or the guest's whose token it brings. A guest without a token (or with one that
     * holds nothing) has no cart until {@code create} asks for one, under a new token.
     */
    record Owner(CartKey cart, GuestToken token) {

        static Owner of(Optional<Actor> actor, String token, boolean create) {
            if (actor.isPresent()) {
                if (!actor.get().has(Role.BUYER)) {
                    throw new NotPermitted("only buyers have a cart");
                }
                return new Owner(CartKey.of(actor.get().userId()), null);
            }
            if (token != null) {
                GuestToken guest = new GuestToken(token.trim());
                return new Owner(CartKey.of(guest), guest);
            }
            if (!create) {
                return new Owner(null, null);
            }
            GuestToken issued = GuestToken.issue();
            return new Owner(CartKey.of(issued), issued);
        }
    }

    record NewLine(@NotBlank @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                   @NotBlank @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                   @Min(1) @Max(OrderSize.MAX_QUANTITY) int quantity) {

        SkuRef sku() {
            return new SkuRef(ProductId.of(productId), SkuId.of(skuId));
        }
    }

    record CheckoutRequest(@Valid ShippingAddressRequest shippingAddress,
                           @Pattern(regexp = Identifiers.NAME_REGEX) String couponId,
                           @Min(0) @Max(100_000_000) Long points,
                           @NotNull PaymentMethod paymentMethod) {
    }

    record LineChange(@NotNull @Min(1) @Max(OrderSize.MAX_QUANTITY) Integer quantity, Boolean selected) {
    }
}
