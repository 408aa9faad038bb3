package dev.orderledger.api.product;

import dev.orderledger.api.order.OrderType;

/** Physical goods are shipped and stocked; virtual goods (vouchers, top-ups) are delivered at once. */
public enum ProductType {
    PHYSICAL, VIRTUAL;

    public OrderType orderType() {
        return this == VIRTUAL ? OrderType.VIRTUAL : OrderType.PHYSICAL;
    }
}
