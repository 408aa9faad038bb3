package dev.orderledger.api.inventory;

/**
 * The answer to a {@link ReserveStockCommand}: whether the units are held, and in which bucket (the
 * one its release and deduction go to).
 */
public record StockReservation(boolean held, int bucket) {
}
