package dev.orderledger.finance;

import java.math.BigDecimal;

/**
 * An amount as the event store holds it: its decimal and its currency's code. The replay reads
 * money into this rather than into {@code Money}, so that it trusts nothing the command side would
 * have checked and spends no time checking it again.
 */
record Amount(BigDecimal amount, String currency) {

    /** Nothing, in this currency. */
    static Amount zero(String currency) {
        return new Amount(BigDecimal.ZERO, currency);
    }

    /** The sum of two amounts of one currency; amounts of two currencies have none, and are refused. */
    Amount plus(Amount other) {
        if (!sameCurrency(other)) {
            throw new IllegalArgumentException("cannot add " + other + " to " + this + ": another currency");
        }
        return new Amount(amount.add(other.amount), currency);
    }

    boolean sameCurrency(Amount other) {
        return currency.equals(other.currency);
    }

    boolean isPositive() {
        return amount.signum() > 0;
    }

    /** The same currency and the same value, whatever the scale ({@code 1.0} is {@code 1.00}). */
    boolean sameAs(Amount other) {
        return other != null && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    /** Whether this is more than {@code other} of the same currency (another currency is never compared). */
    boolean exceeds(Amount other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) > 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
