package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.product.PresaleTerms;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.command.product.SaleableSku;
import dev.orderledger.command.product.StubCatalogue;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Presale: a deposit at placement, the balance in its window, the deposit forfeited when the window passes. */
class PresaleOrderTest {

    static dev.orderledger.api.payment.Funding cash(String amount) {
        return new dev.orderledger.api.payment.Funding(Money.of(amount, "CNY"), Money.of("0", "CNY"), Money.of("0", "CNY"));
    }

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String BUYER = "10000002";
    static final Instant PLACED_AT = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant DEADLINE = PLACED_AT.plus(Duration.ofMinutes(30));
    static final Instant BALANCE_FROM = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant BALANCE_UNTIL = Instant.parse("2026-12-08T00:00:00Z");
    static final ShippingAddress ADDRESS = new ShippingAddress("Ann", "+8613800000000", "Shanghai", "1 Nanjing Rd", "200000");
    static final PresaleTerms TERMS = new PresaleTerms(Money.of("50.00", "CNY"), BALANCE_FROM, BALANCE_UNTIL);
    static final SaleableSku PHONE = new SaleableSku(ProductId.of("phone"), SkuId.of("phone-1"), ProductType.PHYSICAL,
            UserId.of("seller-1"), "Phone", SnapshotId.of("snap"), Money.of("999.00", "CNY"), TERMS);
    static final SaleableSku CASE = new SaleableSku(ProductId.of("case"), SkuId.of("case-1"), ProductType.PHYSICAL,
            UserId.of("seller-1"), "Case", SnapshotId.of("snap2"), Money.of("29.00", "CNY"));
    static final Actor BUYER_ACTOR = new Actor(UserId.of(BUYER), Set.of(Role.BUYER));

    AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(new StubCatalogue().offer(PHONE).offer(CASE));
    }

    static PlaceOrderCommand place(LineRequest... lines) {
        return new PlaceOrderCommand(ORDER, UserId.of(BUYER), List.of(lines), ADDRESS, PLACED_AT, DEADLINE, MarketingRequest.NONE);
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, UserId.of(BUYER), UserId.of("seller-1"), OrderType.PRESALE, List.of(new OrderLine(1, PHONE.productId(),
                PHONE.skuId(), SnapshotId.of("snap"), "Phone", 2, Money.of("999.00", "CNY"), Money.of("0", "CNY"), Money.of("1998.00", "CNY"))),
                Money.of("1998.00", "CNY"), ADDRESS, PLACED_AT, DEADLINE, MarketingRequest.NONE,
                new Presale(List.of(Money.of("100.00", "CNY")), Money.of("100.00", "CNY"), BALANCE_FROM, BALANCE_UNTIL));
    }

    static OrderAwaitingPaymentEvent awaiting() {
        return new OrderAwaitingPaymentEvent(ORDER, List.of(Money.of("0", "CNY")), Money.of("0", "CNY"),
                Money.of("1998.00", "CNY"), null, 0);
    }

    @Test
    void aPresaleSkuMakesAPresaleOrderWithItsDeposits() {
        fixture.givenNoPriorActivity()
                .when(place(new LineRequest(PHONE.productId(), PHONE.skuId(), 2)))
                .expectEvents(placed());
    }

    @Test
    void presaleAndRegularGoodsAreOrderedSeparately() {
        fixture.givenNoPriorActivity()
                .when(place(new LineRequest(PHONE.productId(), PHONE.skuId(), 1), new LineRequest(CASE.productId(), CASE.skuId(), 1)))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aDiscountMustLeaveMoreToPayThanTheDeposit() {
        fixture.given(placed())
                .when(new ConfirmOrderPlacementCommand(ORDER, Money.of("1898.00", "CNY"), null, 0))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void theFirstPaymentIsTheDepositAndStartsTheBalanceWait() {
        fixture.given(placed(), awaiting())
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-deposit"), Money.of("100.00", "CNY"), cash("100.00"), PLACED_AT))
                .expectEvents(new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT))
                .expectScheduledDeadlineWithName(BALANCE_UNTIL, Order.BALANCE_DUE);
    }

    @Test
    void theSecondPaymentIsTheBalance() {
        fixture.given(placed(), awaiting(), new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT))
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-balance"), Money.of("1898.00", "CNY"), cash("1898.00"), BALANCE_FROM))
                .expectEvents(new OrderPaidEvent(ORDER, PayOrderId.of("pay-balance"), cash("1898.00"), BALANCE_FROM));
        fixture.given(placed(), awaiting(), new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT))
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-deposit"), Money.of("100.00", "CNY"), cash("100.00"), BALANCE_FROM))
                .expectNoEvents();
    }

    @Test
    void aSecondDepositIsNotTakenForTheBalance() {
        fixture.given(placed(), awaiting(), new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT))
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-deposit-again"), Money.of("100.00", "CNY"), cash("100.00"), BALANCE_FROM))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnpaidBalanceCancelsTheOrderWhenTheWindowCloses() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGiven(placed(), awaiting())
                .andGivenCommands(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-deposit"), Money.of("100.00", "CNY"), cash("100.00"), PLACED_AT))
                .whenThenTimeAdvancesTo(BALANCE_UNTIL.plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Order.BALANCE_DUE)
                .expectEvents(new OrderCancelledEvent(ORDER, CancellationReason.BALANCE_NOT_PAID, BALANCE_UNTIL));
    }

    @Test
    void aPaidBalanceIgnoresTheWindowsEnd() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGiven(placed(), awaiting())
                .andGivenCommands(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-deposit"), Money.of("100.00", "CNY"), cash("100.00"), PLACED_AT),
                        new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-balance"), Money.of("1898.00", "CNY"), cash("1898.00"), BALANCE_FROM))
                .whenThenTimeAdvancesTo(BALANCE_UNTIL.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void theDepositIsDueFirstThenTheBalanceOnlyInItsWindowAndRefundsFollowTheDepositRule() throws Exception {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Order.class)
                .buildConfiguration();
        axon.start();
        try {
            Repository<Order> orders = axon.repository(Order.class);
            List<Object> history = List.of(placed(), awaiting());
            for (int i = 0; i < history.size(); i++) {
                axon.eventStore().publish(new GenericDomainEventMessage<>("Order", ORDER.value(), i, history.get(i)));
            }
            assertThat(inUnitOfWork(() -> orders.load(ORDER.value()).invoke(order -> order.payable(PLACED_AT))).payable())
                    .isEqualTo(Money.of("100.00", "CNY"));

            axon.eventStore().publish(new GenericDomainEventMessage<>("Order", ORDER.value(), 2,
                    new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT)));
            assertThatThrownBy(() -> inUnitOfWork(() -> orders.load(ORDER.value()).invoke(order -> order.payable(PLACED_AT))))
                    .rootCause().hasMessageContaining("the balance of order");
            assertThat(inUnitOfWork(() -> orders.load(ORDER.value()).invoke(order -> order.payable(BALANCE_FROM))).payable())
                    .isEqualTo(Money.of("1898.00", "CNY"));
            assertThatThrownBy(() -> refund(RefundId.of("r-0"), 1, BALANCE_FROM, orders)).as("not a part of it")
                    .rootCause().hasMessageContaining("refunded whole");
            assertThatThrownBy(() -> refund(RefundId.of("r-0"), null, BALANCE_UNTIL, orders)).as("not after the window")
                    .rootCause().hasMessageContaining("has passed");
            assertThat(refund(RefundId.of("r-1"), null, BALANCE_FROM, orders)).as("while the balance is unpaid, the deposit")
                    .isEqualTo(Money.of("100.00", "CNY"));
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void afterTheBalanceWindowARefundKeepsTheDeposit() throws Exception {
        Configuration axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Order.class)
                .buildConfiguration();
        axon.start();
        try {
            Repository<Order> orders = axon.repository(Order.class);
            List<Object> history = List.of(placed(), awaiting(), new OrderDepositPaidEvent(ORDER, PayOrderId.of("pay-deposit"), cash("100.00"), PLACED_AT),
                    new OrderPaidEvent(ORDER, PayOrderId.of("pay-balance"), cash("1898.00"), BALANCE_FROM));
            for (int i = 0; i < history.size(); i++) {
                axon.eventStore().publish(new GenericDomainEventMessage<>("Order", ORDER.value(), i, history.get(i)));
            }

            assertThat(refund(RefundId.of("r-2"), 1, BALANCE_FROM, orders)).as("within the window, what the unit cost")
                    .isEqualTo(Money.of("999.00", "CNY"));
            assertThat(refund(RefundId.of("r-3"), 1, BALANCE_UNTIL.plusSeconds(1), orders))
                    .as("after the window, everything but the deposit").isEqualTo(Money.of("949.00", "CNY"));
            axon.eventStore().publish(new GenericDomainEventMessage<>("Order", ORDER.value(), 6,
                    new dev.orderledger.api.refund.RefundReleasedEvent(ORDER, RefundId.of("r-3"), BALANCE_UNTIL)));
            RefundOpenedEvent byTheSeller = inUnitOfWork(() -> new OrderRefunds(orders).setAside(new RequestRefundCommand(ORDER,
                    RefundId.of("r-4"), new Actor(UserId.of("admin"), Set.of(Role.ADMIN)), RefundKind.ADMIN, null, 0, false, "cannot deliver",
                    BALANCE_UNTIL.plusSeconds(1))));
            assertThat(byTheSeller.amount()).as("a refund the buyer did not cause returns the deposit too")
                    .isEqualTo(Money.of("999.00", "CNY"));
        } finally {
            axon.shutdown();
        }
    }

    private static Money refund(RefundId refundId, Integer lineNo, Instant at, Repository<Order> orders) throws Exception {
        RefundOpenedEvent opened = inUnitOfWork(() -> new OrderRefunds(orders).setAside(new RequestRefundCommand(ORDER,
                refundId, BUYER_ACTOR, RefundKind.BUYER, lineNo, 1, false, "changed my mind", at)));
        return opened.amount();
    }

    private static <T> T inUnitOfWork(Callable<T> work) throws Exception {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(work).getPayload();
    }
}
