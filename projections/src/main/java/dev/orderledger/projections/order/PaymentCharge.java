package dev.orderledger.projections.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.OrderCharge;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Currency;

/** What a pay order charges one of its orders, and from which sources (in the pay order's currency). */
@Embeddable
public class PaymentCharge {

    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "cash_amount", nullable = false)
    private BigDecimal cash;
    @Column(name = "coin_amount", nullable = false)
    private BigDecimal coins;
    @Column(name = "voucher_amount", nullable = false)
    private BigDecimal voucher;

    protected PaymentCharge() {
        // for JPA
    }

    PaymentCharge(OrderCharge charge) {
        this.orderId = charge.orderId().value();
        this.amount = charge.amount().amount();
        this.cash = charge.funding().cash().amount();
        this.coins = charge.funding().coins().amount();
        this.voucher = charge.funding().voucher().amount();
    }

    String orderId() {
        return orderId;
    }

    OrderCharge toCharge(Currency currency) {
        return new OrderCharge(OrderId.of(orderId), new Money(amount, currency),
                new Funding(new Money(cash, currency), new Money(coins, currency), new Money(voucher, currency)));
    }
}
