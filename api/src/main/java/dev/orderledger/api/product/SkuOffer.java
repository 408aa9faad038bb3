package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.UserId;

/**
 * A SKU as a buyer can buy it now: its seller, its item's name, its price and the units free to buy.
 * A SKU that cannot be bought (its item is off the shelf, or it does not exist) says why in
 * {@code unavailable}, and has no price.
 *
 * @param available units free to buy now; {@link #UNLIMITED} for goods without stock (virtual)
 */
public record SkuOffer(SkuRef sku, UserId sellerId, String productName, Money unitPrice, long available,
                       String unavailable) {

    public static final long UNLIMITED = Long.MAX_VALUE;

    public static SkuOffer unavailable(SkuRef sku, String reason) {
        return new SkuOffer(sku, null, null, null, 0, reason);
    }

    public boolean purchasable() {
        return unavailable == null;
    }
}
