package dev.orderledger.api.bounds;

/**
 * How much one order (and one cart line) may hold: at most {@value #MAX_LINES} lines, each of at most
 * {@value #MAX_QUANTITY} units. A cart holds at most {@value #MAX_LINES} lines too, so that checkout
 * never has to split a seller's order.
 */
public final class OrderSize {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 10_000;

    private OrderSize() {
    }
}
