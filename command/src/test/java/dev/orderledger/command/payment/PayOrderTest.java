package dev.orderledger.command.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.CancelPayOrderCommand;
import dev.orderledger.api.payment.CreatePayOrderCommand;
import dev.orderledger.api.payment.InitialisePaymentCommand;
import dev.orderledger.api.payment.MarketingDeductedEvent;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.MarketingDeductionFailedEvent;
import dev.orderledger.api.payment.MarketingDeductionStartedEvent;
import dev.orderledger.api.payment.PayOrderCancelledEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PayOrderTimedOutEvent;
import dev.orderledger.api.payment.PaymentFailedEvent;
import dev.orderledger.api.payment.PaymentInitFailedEvent;
import dev.orderledger.api.payment.PaymentInitialisedEvent;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.payment.PaymentProcessingEvent;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.api.payment.RecordMarketingDeductionCommand;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.StartMarketingDeductionCommand;
import dev.orderledger.api.payment.TimeOutPayOrderCommand;
import dev.orderledger.command.order.OrderBook;
import dev.orderledger.command.order.PayableOrder;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class PayOrderTest {

    static final PayOrderId PAY = PayOrderId.of("pay-1");
    static final String BUYER = "10000002";
    static final OrderId ORDER_A = OrderId.of("1795300000000002001");
    static final OrderId ORDER_B = OrderId.of("1795300000000002002");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    AggregateTestFixture<PayOrder> fixture;
    Map<OrderId, PayableOrder> orders = new HashMap<>();

    @BeforeEach
    void setUp() {
        orders.put(ORDER_A, new PayableOrder(ORDER_A, UserId.of(BUYER), OrderStatus.PENDING_PAYMENT, Money.of("164.80", "CNY")));
        orders.put(ORDER_B, new PayableOrder(ORDER_B, UserId.of(BUYER), OrderStatus.PENDING_PAYMENT, Money.of("35.20", "CNY")));
        fixture = new AggregateTestFixture<>(PayOrder.class);
        OrderBook book = (orderId, at) -> {
            PayableOrder order = orders.get(orderId);
            if (order == null) {
                throw new ResourceNotFound("no order " + orderId);
            }
            return order;
        };
        fixture.registerInjectableResource(book);
    }

    static PayOrderCreatedEvent created(String coins) {
        Money coinAmount = Money.of(coins, "CNY");
        // 20.00 of coins split 164.80 : 35.20 is 16.48 and 3.52
        boolean withCoins = coinAmount.isPositive();
        return new PayOrderCreatedEvent(PAY, UserId.of(BUYER), List.of(ORDER_A, ORDER_B), List.of(
                new OrderCharge(ORDER_A, Money.of("164.80", "CNY"), funding(withCoins ? "148.32" : "164.80", withCoins ? "16.48" : "0")),
                new OrderCharge(ORDER_B, Money.of("35.20", "CNY"), funding(withCoins ? "31.68" : "35.20", withCoins ? "3.52" : "0"))),
                PaymentMethod.GATEWAY_CARD,
                Money.of("200.00", "CNY"), Money.of("200.00", "CNY").minus(coinAmount), coinAmount, Money.of("0", "CNY"), NOW);
    }

    static Funding funding(String cash, String coins) {
        return new Funding(Money.of(cash, "CNY"), Money.of(coins, "CNY"), Money.of("0", "CNY"));
    }

    static CreatePayOrderCommand create(String coins) {
        return new CreatePayOrderCommand(PAY, UserId.of(BUYER), List.of(ORDER_A, ORDER_B), PaymentMethod.GATEWAY_CARD,
                Money.of(coins, "CNY"), null, NOW);
    }

    @Test
    void onePaymentCoversSeveralOrdersSplitIntoCashAndCoins() {
        fixture.givenNoPriorActivity()
                .when(create("20.00"))
                .expectEvents(created("20.00"));
    }

    @Test
    void theSameCreationSentAgainChangesNothingAndSucceeds() {
        orders.put(ORDER_A, new PayableOrder(ORDER_A, UserId.of(BUYER), OrderStatus.PAID, Money.of("164.80", "CNY")));
        fixture.given(created("20.00"))
                .when(create("20.00"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherCreationWithATakenIdIsRefused() {
        fixture.given(created("20.00"))
                .when(create("10.00"))
                .expectException(StateConflict.class)
                .expectNoEvents();
        fixture.given(created("20.00"))
                .when(new CreatePayOrderCommand(PAY, UserId.of("someone-else"), List.of(ORDER_A, ORDER_B), PaymentMethod.GATEWAY_CARD,
                        Money.of("20.00", "CNY"), null, NOW))
                .expectException(StateConflict.class);
    }

    @Test
    void coinsCannotExceedWhatIsOwed() {
        fixture.givenNoPriorActivity()
                .when(create("200.01"))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void coinsInAnotherCurrencyThanTheOrdersAreRefusedByName() {
        fixture.givenNoPriorActivity()
                .when(new CreatePayOrderCommand(PAY, UserId.of(BUYER), List.of(ORDER_A), PaymentMethod.GATEWAY_CARD,
                        Money.of("1.00", "USD"), null, NOW))
                .expectException(InvalidValue.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("paid in CNY"))
                .expectNoEvents();
    }

    @Test
    void ordersInDifferentCurrenciesArePaidSeparately() {
        orders.put(ORDER_B, new PayableOrder(ORDER_B, UserId.of(BUYER), OrderStatus.PENDING_PAYMENT, Money.of("35.20", "USD")));

        fixture.givenNoPriorActivity()
                .when(create("0"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("different currencies"));
    }

    @Test
    void anotherBuyersOrderCannotBePaidHere() {
        orders.put(ORDER_B, new PayableOrder(ORDER_B, UserId.of("someone-else"), OrderStatus.PENDING_PAYMENT, Money.of("35.20", "CNY")));
        fixture.givenNoPriorActivity()
                .when(create("0"))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void onlyOrdersAwaitingPaymentArePaid() {
        orders.put(ORDER_B, new PayableOrder(ORDER_B, UserId.of(BUYER), OrderStatus.CANCELLED, Money.of("35.20", "CNY")));
        fixture.givenNoPriorActivity()
                .when(create("0"))
                .expectException(StateConflict.class);
    }

    @Test
    void marketingGoesP2ThenP4() {
        fixture.given(created("20.00"))
                .when(new StartMarketingDeductionCommand(PAY, NOW))
                .expectEvents(new MarketingDeductionStartedEvent(PAY, NOW));
        fixture.given(created("20.00"), new MarketingDeductionStartedEvent(PAY, NOW))
                .when(new RecordMarketingDeductionCommand(PAY, true, null, NOW))
                .expectEvents(new MarketingDeductedEvent(PAY, NOW));
    }

    @Test
    void refusedMarketingIsP3() {
        fixture.given(created("20.00"), new MarketingDeductionStartedEvent(PAY, NOW))
                .when(new RecordMarketingDeductionCommand(PAY, false, "no coins", NOW))
                .expectEvents(new MarketingDeductionFailedEvent(PAY, "no coins", NOW));
    }

    @Test
    void withCoinsTheGatewayWaitsForMarketing() {
        fixture.given(created("20.00"))
                .when(new InitialisePaymentCommand(PAY, "req-1", NOW))
                .expectException(StateConflict.class);
    }

    @Test
    void withoutCoinsOrVoucherTheGatewayIsNext() {
        fixture.given(created("0"))
                .when(new InitialisePaymentCommand(PAY, "req-1", NOW))
                .expectEvents(new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW));
    }

    @Test
    void theGatewayRefusingToStartIsP6() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW))
                .when(new RecordPaymentInitFailureCommand(PAY, "card blocked", NOW))
                .expectEvents(new PaymentInitFailedEvent(PAY, "card blocked", NOW));
    }

    @Test
    void theGatewayWorkingIsP7() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW))
                .when(new RecordPaymentProcessingCommand(PAY, "tx-1", NOW))
                .expectEvents(new PaymentProcessingEvent(PAY, "tx-1", NOW));
    }

    @Test
    void aSuccessfulCallbackIsP8ForEveryOrder() {
        fixture.given(created("20.00"), new MarketingDeductionStartedEvent(PAY, NOW), new MarketingDeductedEvent(PAY, NOW),
                        new PaymentInitialisedEvent(PAY, "req-1", Money.of("180.00", "CNY"), NOW),
                        new PaymentProcessingEvent(PAY, "tx-1", NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", true, Money.of("180.00", "CNY"), null, NOW))
                .expectEvents(new PaymentSucceededEvent(PAY, "tx-1", Money.of("180.00", "CNY"), List.of(ORDER_A, ORDER_B), NOW));
    }

    @Test
    void aDuplicateCallbackChangesNothing() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW),
                        new PaymentSucceededEvent(PAY, "tx-1", Money.of("200.00", "CNY"), List.of(ORDER_A, ORDER_B), NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", true, Money.of("200.00", "CNY"), null, NOW))
                .expectNoEvents();
    }

    @Test
    void aLateFailureAfterSuccessCannotUndoIt() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW),
                        new PaymentSucceededEvent(PAY, "tx-1", Money.of("200.00", "CNY"), List.of(ORDER_A, ORDER_B), NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-2", false, null, "timeout", NOW))
                .expectException(StateConflict.class);
    }

    @Test
    void aDeclineIsP9() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", false, null, "declined", NOW))
                .expectEvents(new PaymentFailedEvent(PAY, "tx-1", "declined", NOW));
    }

    @Test
    void aSuccessForAnotherAmountIsRecordedNotRefusedAndDoesNotPay() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", true, Money.of("199.99", "CNY"), null, NOW))
                .expectEvents(new PaymentAmountMismatchedEvent(PAY, "tx-1", Money.of("200.00", "CNY"),
                        Money.of("199.99", "CNY"), NOW))
                .expectResultMessagePayload(PaymentStatus.P5_PAYMENT_INITIALIZED);
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW),
                        new PaymentAmountMismatchedEvent(PAY, "tx-1", Money.of("200.00", "CNY"), Money.of("199.99", "CNY"), NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", true, Money.of("199.99", "CNY"), null, NOW))
                .expectNoEvents();
    }

    @Test
    void successAfterCancellationIsRecordedForRefund() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW),
                        new PayOrderCancelledEvent(PAY, "payment timeout", NOW))
                .when(new ApplyGatewayResultCommand(PAY, "tx-1", true, Money.of("200.00", "CNY"), null, NOW))
                .expectEvents(new PaymentSucceededAfterCancellationEvent(PAY, "tx-1", Money.of("200.00", "CNY"), NOW));
    }

    @Test
    void anUnfinishedPaymentCanBeCancelledOrTimeOut() {
        fixture.given(created("0"))
                .when(new CancelPayOrderCommand(PAY, "buyer gave up", NOW))
                .expectEvents(new PayOrderCancelledEvent(PAY, "buyer gave up", NOW));
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW))
                .when(new TimeOutPayOrderCommand(PAY, NOW))
                .expectEvents(new PayOrderTimedOutEvent(PAY, NOW));
    }

    @Test
    void aSucceededPaymentCannotBeCancelled() {
        fixture.given(created("0"), new PaymentInitialisedEvent(PAY, "req-1", Money.of("200.00", "CNY"), NOW),
                        new PaymentSucceededEvent(PAY, "tx-1", Money.of("200.00", "CNY"), List.of(ORDER_A, ORDER_B), NOW))
                .when(new CancelPayOrderCommand(PAY, "too late", NOW))
                .expectException(StateConflict.class);
    }
}
