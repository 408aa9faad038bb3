package dev.orderledger.api.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.InvalidValue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. The amount always carries exactly the currency's number of
 * decimals ({@code 12.50 CNY}); an amount with more decimals than the currency allows is refused
 * rather than rounded, so no money appears or disappears on the way in.
 */
public record Money(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Currency currency) implements Comparable<Money> {

    @JsonCreator
    public Money(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = currency.getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new InvalidValue("%s allows %d decimals, got %s".formatted(currency, scale, amount.toPlainString()));
        }
        this.amount = amount.setScale(scale);
        this.currency = currency;
    }

    public static Money of(String amount, String currency) {
        return of(new BigDecimal(amount), currency);
    }

    /** @throws InvalidValue for an unknown currency code or too many decimals */
    public static Money of(BigDecimal amount, String currencyCode) {
        try {
            return new Money(amount, Currency.getInstance(currencyCode));
        } catch (InvalidValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("unknown currency " + currencyCode);
        }
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** Amounts of two currencies never meet: a business refusal (422 {@code CURRENCY_MISMATCH}) wherever it comes from. */
    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new BusinessRuleViolation("CURRENCY_MISMATCH", "cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
