package dev.orderledger.saga.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.MarketingDeductedEvent;
import dev.orderledger.api.payment.MarketingDeductionStartedEvent;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PaymentInitialisedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentProcessingEvent;
import dev.orderledger.api.payment.PaymentReturnRequestedEvent;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayStatus;

import java.util.List;

import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.cny;

/**
 * One pay order for two orders of one buyer. Mixed: 200.00 = 170.00 cash + 20.00 coins + 10.00 voucher,
 * split 164.80 (order A) and 35.20 (order B). Cash only: the same orders paid in cash.
 */
final class PaymentMother {

    static final String PAY = "pay-1";
    static final PayOrderId PAY_ORDER = PayOrderId.of(PAY);
    static final String BUYER = "10000002";
    static final OrderId ORDER_A = OrderId.of("1795300000000002001");
    static final OrderId ORDER_B = OrderId.of("1795300000000002002");
    static final String TRANSACTION = "tx-1";

    static final Funding MIXED = new Funding(cny("170.00"), cny("20.00"), cny("10.00"));
    static final Funding MIXED_A = new Funding(cny("140.08"), cny("16.48"), cny("8.24"));
    static final Funding MIXED_B = new Funding(cny("29.92"), cny("3.52"), cny("1.76"));
    static final Funding CASH_ONLY = new Funding(cny("200.00"), cny("0"), cny("0"));
    static final Funding CASH_ONLY_A = new Funding(cny("164.80"), cny("0"), cny("0"));
    static final Funding CASH_ONLY_B = new Funding(cny("35.20"), cny("0"), cny("0"));

    static final AccountId WALLET = AccountId.buyerWallet(UserId.of(BUYER));
    static final AccountId COINS = AccountId.buyerCoins(UserId.of(BUYER));
    static final AccountId CLEARING = AccountId.platform(AccountKind.PLATFORM_CLEARING, PAY);
    static final AccountId MARKETING = AccountId.platform(AccountKind.PLATFORM_MARKETING, PAY);
    static final AccountId GATEWAY = AccountId.platform(AccountKind.PLATFORM_GATEWAY, PAY);

    private PaymentMother() {
    }

    static PayOrderCreatedEvent created(Funding a, Funding b) {
        return created(a, b, PaymentMethod.GATEWAY_CARD);
    }

    static PayOrderCreatedEvent created(Funding a, Funding b, PaymentMethod method) {
        Funding total = a.plus(b);
        return new PayOrderCreatedEvent(PAY_ORDER, UserId.of(BUYER), List.of(ORDER_A, ORDER_B),
                List.of(new OrderCharge(ORDER_A, a.total(), a), new OrderCharge(ORDER_B, b.total(), b)), method, total.total(),
                total.cash(), total.coins(), total.voucher(), NOW);
    }

    static PayOrderCreatedEvent mixedPayOrder() {
        return created(MIXED_A, MIXED_B);
    }

    static PayOrderCreatedEvent cashOnlyPayOrder() {
        return created(CASH_ONLY_A, CASH_ONLY_B);
    }

    static MarketingDeductionStartedEvent marketingStarted() {
        return new MarketingDeductionStartedEvent(PAY_ORDER, NOW);
    }

    static MarketingDeductedEvent marketingDeducted() {
        return new MarketingDeductedEvent(PAY_ORDER, NOW);
    }

    static PaymentInitialisedEvent initialised(Money cash) {
        return new PaymentInitialisedEvent(PAY_ORDER, PAY, cash, NOW);
    }

    static PaymentProcessingEvent processing() {
        return new PaymentProcessingEvent(PAY_ORDER, TRANSACTION, NOW);
    }

    static PaymentSucceededEvent succeeded(Money cash) {
        return new PaymentSucceededEvent(PAY_ORDER, TRANSACTION, cash, List.of(ORDER_A, ORDER_B), NOW);
    }

    static OrderCancelledEvent cancelled(OrderId order, CancellationReason reason) {
        return new OrderCancelledEvent(order, reason, NOW);
    }

    static PaymentReturnRequestedEvent returnRequested(OrderId order, Funding funding) {
        return new PaymentReturnRequestedEvent(PAY_ORDER, returnIdOf(order), UserId.of(BUYER), order, funding, PaymentMethod.GATEWAY_CARD, WORDING,
                NOW);
    }

    static PaymentSucceededAfterCancellationEvent paidAfterCancellation(Money cash) {
        return new PaymentSucceededAfterCancellationEvent(PAY_ORDER, TRANSACTION, cash, NOW);
    }

    /** The return the pay order records for a success after cancellation: the whole cash, for no order. */
    static PaymentReturnRequestedEvent lateReturnRequested(Money cash) {
        Money none = Money.zero(cash.currency());
        return new PaymentReturnRequestedEvent(PAY_ORDER, ReturnId.of("late"), UserId.of(BUYER), null, new Funding(cash, none, none), PaymentMethod.GATEWAY_CARD,
                WORDING, NOW);
    }

    static ReturnId returnIdOf(OrderId order) {
        return ReturnId.of("order-" + order);
    }

    static GatewayPayment gatewaySays(GatewayStatus status, Money amount) {
        return new GatewayPayment(PAY, TRANSACTION, status, amount, null);
    }

    static MarkOrderPaidCommand markPaid(OrderId order, Funding funding) {
        return new MarkOrderPaidCommand(order, PAY_ORDER, funding.total(), funding, NOW);
    }

    static TransferMoneyCommand transfer(String id, AccountId from, AccountId to, Money amount) {
        return transfer(id, from, to, amount, PAY);
    }

    static TransferMoneyCommand transfer(String id, AccountId from, AccountId to, Money amount, String orderReference) {
        return new TransferMoneyCommand(TransferId.of(id), from, to, amount, orderReference, WORDING, NOW);
    }
}
