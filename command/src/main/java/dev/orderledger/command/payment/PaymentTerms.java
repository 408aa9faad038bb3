package dev.orderledger.command.payment;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.payment.CreatePayOrderCommand;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.command.order.OrderBook;
import dev.orderledger.command.order.PayableOrder;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new pay order asks for and how it is funded (seed 003 "支付", one payment for several
 * orders): the buyer's own distinct orders, each awaiting payment (or its presale balance), in one
 * currency; coins and voucher in that currency and no more than what is due, the rest in cash; and
 * each order's charge with its share of cash, coins and voucher.
 *
 * @param amount  what the orders are owed together
 * @param funding the whole payment's cash, coins and voucher
 * @param charges what each order is charged, and from which sources
 */
record PaymentTerms(Money amount, Funding funding, List<OrderCharge> charges) {

    /** The terms of this creation, from the orders as they stand now; refused with the rule it breaks. */
    static PaymentTerms of(CreatePayOrderCommand command, OrderBook orders) {
        List<OrderId> ids = command.orderIds();
        if (ids == null || ids.isEmpty() || ids.stream().distinct().count() < ids.size()) {
            throw new BusinessRuleViolation("INVALID_ORDERS", "a pay order pays one or more distinct orders");
        }
        Money payAmount = null;
        List<PayableOrder> payables = new ArrayList<>();
        for (OrderId orderId : ids) {
            PayableOrder order = orders.payable(orderId, command.at());
            if (!order.buyerId().equals(command.buyerId())) {
                throw new ResourceNotFound("no order " + orderId);
            }
            if (order.status() != OrderStatus.PENDING_PAYMENT && order.status() != OrderStatus.DEPOSIT_PAID) {
                throw new StateConflict(order.status().name(), "order " + orderId + " is " + order.status()
                        + "; only orders awaiting payment can be paid");
            }
            if (payAmount != null && !payAmount.currency().equals(order.payable().currency())) {
                throw new BusinessRuleViolation("MIXED_CURRENCIES", "orders in different currencies are paid separately");
            }
            payAmount = payAmount == null ? order.payable() : payAmount.plus(order.payable());
            payables.add(order);
        }
        Money coins = inCurrencyOf(payAmount, "coinAmount", command.coinAmount());
        Money voucher = inCurrencyOf(payAmount, "voucherAmount", command.voucherAmount());
        if (coins.isNegative() || voucher.isNegative()) {
            throw new BusinessRuleViolation("NEGATIVE_AMOUNT", "coins and voucher amounts are zero or more");
        }
        Money cash = payAmount.minus(coins).minus(voucher);
        if (cash.isNegative()) {
            throw new BusinessRuleViolation("OVERPAID", "coins and voucher exceed the " + payAmount + " to pay");
        }
        Funding funding = new Funding(cash, coins, voucher);
        return new PaymentTerms(payAmount, funding, charges(payables, funding));
    }

    /** A part of the payment, zero when not given, in the currency of what is due (else 400 naming the field). */
    private static Money inCurrencyOf(Money due, String field, Money part) {
        if (part == null) {
            return Money.zero(due.currency());
        }
        if (!part.currency().equals(due.currency())) {
            throw new InvalidValue(field, "is in " + part.currency() + "; the orders are paid in " + due.currency());
        }
        return part;
    }

    /**
     * Splits the funding over the orders in proportion to what each is charged: coins and voucher
     * together first, then between themselves, so that each order's three parts add up to its charge exactly.
     */
    private static List<OrderCharge> charges(List<PayableOrder> orders, Funding funding) {
        List<Money> amounts = orders.stream().map(PayableOrder::payable).toList();
        List<Money> marketing = Allocation.proportional(funding.coins().plus(funding.voucher()), amounts);
        List<Money> coins = Allocation.proportional(funding.coins(), marketing);
        List<OrderCharge> charges = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            Money amount = amounts.get(i);
            charges.add(new OrderCharge(orders.get(i).orderId(), amount, new Funding(amount.minus(marketing.get(i)),
                    coins.get(i), marketing.get(i).minus(coins.get(i)))));
        }
        return charges;
    }
}
