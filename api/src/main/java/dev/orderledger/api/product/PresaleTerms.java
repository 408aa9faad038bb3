package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;

import java.time.Instant;

/**
 * A SKU sold before it is in stock: the buyer pays {@code depositPerUnit} now and the rest of the
 * price between {@code balanceFrom} and {@code balanceUntil}. An order whose balance is not paid in
 * that window is cancelled and keeps no right to its deposit; once the window has passed, the
 * deposit is not refundable.
 */
public record PresaleTerms(Money depositPerUnit, Instant balanceFrom, Instant balanceUntil) {

    /** Why these terms cannot be sold, or null when they are fine for a SKU at this price. */
    public String problemWith(Money price) {
        if (depositPerUnit == null || balanceFrom == null || balanceUntil == null) {
            return "presale terms need a deposit and a balance window";
        }
        if (!depositPerUnit.isPositive() || depositPerUnit.compareTo(price) >= 0) {
            return "a deposit is more than nothing and less than the price";
        }
        return balanceFrom.isBefore(balanceUntil) ? null : "the balance window ends after it starts";
    }
}
