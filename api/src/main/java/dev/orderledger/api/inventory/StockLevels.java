package dev.orderledger.api.inventory;

/** A SKU's stock after an event: free to sell, held for unpaid orders, and sold. */
public record StockLevels(long available, long reserved, long sold) {

    /** These levels changed by another bucket's levels or by a movement's change. */
    public StockLevels plus(StockLevels other) {
        return new StockLevels(available + other.available, reserved + other.reserved, sold + other.sold);
    }

    public long total() {
        return available + reserved + sold;
    }
}
