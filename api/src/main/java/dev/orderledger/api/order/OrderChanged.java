package dev.orderledger.api.order;

/**
 * The order views wrote an order's detail anew: the detail as readers now get it, and the event store
 * position the views had reached with it (a consistency token for reading it again; 0 when unknown).
 */
public record OrderChanged(OrderDetail order, long position) {
}
