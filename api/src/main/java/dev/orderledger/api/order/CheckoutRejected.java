package dev.orderledger.api.order;

import dev.orderledger.api.product.SkuRef;

/**
 * A checkout failed because placement refused one of its orders: the API answers 422 with that
 * order, the reason, and the cart line the refusal names (the SKU short of stock; none when the
 * refusal is about the coupon or the points). Nothing the checkout took stays taken.
 */
public class CheckoutRejected extends PlacementRejected {

    private final SkuRef line;

    public CheckoutRejected(OrderId orderId, CancellationReason reason, String detail, SkuRef line) {
        super(orderId, reason, detail);
        this.line = line;
    }

    /** The line the refusal names; null when it names none. */
    public SkuRef line() {
        return line;
    }
}
