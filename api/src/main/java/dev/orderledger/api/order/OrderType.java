package dev.orderledger.api.order;

/** Which placement and fulfillment steps an order goes through. */
public enum OrderType {
    PHYSICAL, VIRTUAL, PRESALE
}
