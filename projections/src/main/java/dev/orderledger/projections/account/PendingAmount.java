package dev.orderledger.projections.account;

import dev.orderledger.api.account.SellerSettlements;
import dev.orderledger.api.money.Money;

import java.math.BigDecimal;
import java.util.Currency;

/** How many orders of one currency wait for settlement, and what was paid for them. */
public record PendingAmount(String currency, Long orders, BigDecimal amount) {

    public SellerSettlements.Pending toPending() {
        return new SellerSettlements.Pending(orders, new Money(amount, Currency.getInstance(currency)));
    }
}
