package dev.orderledger.api.inventory;

/** A SKU's stock after an event: free to sell, held for unpaid orders, and sold. */
public record StockLevels(long available, long reserved, long sold) {

    public long total() {
        return available + reserved + sold;
    }
}
