package dev.orderledger.api.payment;

import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;

import java.util.Currency;
import java.util.List;

/**
 * Where the money of a payment (or of the part of it that pays one order, or that one refund
 * returns) came from: cash through the gateway or the wallet, the buyer's coins, the platform's voucher.
 */
public record Funding(Money cash, Money coins, Money voucher) {

    public static Funding zero(Currency currency) {
        return new Funding(Money.zero(currency), Money.zero(currency), Money.zero(currency));
    }

    public Money total() {
        return cash.plus(coins).plus(voucher);
    }

    public Funding plus(Funding other) {
        return new Funding(cash.plus(other.cash), coins.plus(other.coins), voucher.plus(other.voucher));
    }

    public Funding minus(Funding other) {
        return new Funding(cash.minus(other.cash), coins.minus(other.coins), voucher.minus(other.voucher));
    }

    /**
     * The part of {@code amount} taken from this funding: cash first, then coins, then voucher. Taking
     * parts one after another from what is left returns each source exactly once in full.
     */
    public Funding take(Money amount) {
        Money fromCash = min(amount, cash);
        Money fromCoins = min(amount.minus(fromCash), coins);
        Money fromVoucher = amount.minus(fromCash).minus(fromCoins);
        if (fromVoucher.compareTo(voucher) > 0) {
            throw new IllegalArgumentException(amount + " is more than " + total());
        }
        return new Funding(fromCash, fromCoins, fromVoucher);
    }

    /**
     * The part of {@code amount} taken from this funding in proportion to its sources (largest
     * remainder, to the minor unit): a shortage returns the coins and voucher its units used. Taking
     * everything that is left returns each source exactly.
     */
    public Funding share(Money amount) {
        if (amount.compareTo(total()) > 0) {
            throw new IllegalArgumentException(amount + " is more than " + total());
        }
        List<Money> parts = Allocation.proportional(amount, List.of(cash, coins, voucher));
        return new Funding(parts.get(0), parts.get(1), parts.get(2));
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
