package dev.orderledger.command.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.ReceiveReturnCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RecordRestockCommand;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundFinishedEvent;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundMarketingRollbackFailedEvent;
import dev.orderledger.api.refund.RefundMarketingRolledBackEvent;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundPaidEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.refund.RefundRestockedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.refund.ReturnFailedEvent;
import dev.orderledger.api.refund.ReturnReceivedEvent;
import dev.orderledger.api.refund.ReturnShippedEvent;
import dev.orderledger.api.refund.ShipReturnCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundTest {

    static dev.orderledger.api.payment.Funding cash(String amount) {
        return new dev.orderledger.api.payment.Funding(Money.of(amount, "CNY"), Money.of("0", "CNY"), Money.of("0", "CNY"));
    }

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Actor BUYER = new Actor(UserId.of("10000002"), Set.of(Role.BUYER));
    static final Actor SELLER = new Actor(UserId.of("seller-1"), Set.of(Role.SELLER));
    static final Actor ADMIN = new Actor(UserId.of("admin"), Set.of(Role.ADMIN));
    static final Money AMOUNT = Money.of("52.66", "CNY");

    static RefundOpenedEvent opened(boolean withReturn) {
        return new RefundOpenedEvent(RefundId.of("r-1"), ORDER, BUYER.userId(), SELLER.userId(), RefundKind.BUYER, withReturn, withReturn,
                List.of(new RefundLine(1, new dev.orderledger.api.product.SkuRef(ProductId.of("tee"), SkuId.of("tee-m")), 1, AMOUNT)),
                AMOUNT, new dev.orderledger.api.payment.Funding(AMOUNT, Money.of("0", "CNY"), Money.of("0", "CNY")), false,
                dev.orderledger.api.order.MarketingRequest.NONE, "too small", NOW);
    }

    @Nested
    class StateMachine {

        AggregateTestFixture<Refund> fixture = new AggregateTestFixture<>(Refund.class);

        @Test
        void theSellerApproves() {
            fixture.given(opened(false))
                    .when(new DecideRefundCommand(RefundId.of("r-1"), SELLER, true, null, NOW))
                    .expectEvents(new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW));
        }

        @Test
        void theSellerRejectsAndItGoesToArbitration() {
            fixture.given(opened(false))
                    .when(new DecideRefundCommand(RefundId.of("r-1"), SELLER, false, "worn", NOW))
                    .expectEvents(new RefundRejectedEvent(RefundId.of("r-1"), SELLER.userId(), "worn", NOW));
        }

        @Test
        void anotherSellerCannotDecide() {
            fixture.given(opened(false))
                    .when(new DecideRefundCommand(RefundId.of("r-1"), new Actor(UserId.of("seller-9"), Set.of(Role.SELLER)), true, null, NOW))
                    .expectException(ResourceNotFound.class);
        }

        @Test
        void aDecidedRefundCannotBeDecidedAgain() {
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW))
                    .when(new DecideRefundCommand(RefundId.of("r-1"), SELLER, false, "changed my mind", NOW))
                    .expectException(StateConflict.class);
        }

        @Test
        void goodsComeBackBeforeMoneyGoesOut() {
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW))
                    .when(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), true, null, NOW))
                    .expectException(StateConflict.class);
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW))
                    .when(new ShipReturnCommand(RefundId.of("r-1"), BUYER, "SF", "R-9", NOW))
                    .expectEvents(new ReturnShippedEvent(RefundId.of("r-1"), "SF", "R-9", NOW));
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new ReturnShippedEvent(RefundId.of("r-1"), "SF", "R-9", NOW))
                    .when(new ReceiveReturnCommand(RefundId.of("r-1"), SELLER, true, null, NOW))
                    .expectEvents(new ReturnReceivedEvent(RefundId.of("r-1"), NOW));
        }

        @Test
        void aReturnThatNeverArrivesIsR7AndCanBeRetried() {
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new ReturnShippedEvent(RefundId.of("r-1"), "SF", "R-9", NOW))
                    .when(new ReceiveReturnCommand(RefundId.of("r-1"), SELLER, false, "lost", NOW))
                    .expectEvents(new ReturnFailedEvent(RefundId.of("r-1"), "lost", NOW));
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new ReturnShippedEvent(RefundId.of("r-1"), "SF", "R-9", NOW),
                            new ReturnFailedEvent(RefundId.of("r-1"), "lost", NOW))
                    .when(new ReceiveReturnCommand(RefundId.of("r-1"), ADMIN, true, null, NOW))
                    .expectEvents(new ReturnReceivedEvent(RefundId.of("r-1"), NOW));
        }

        @Test
        void aRefundOnlyGoesStraightToMarketingRollback() {
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW))
                    .when(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), true, null, NOW))
                    .expectEvents(new RefundMarketingRolledBackEvent(RefundId.of("r-1"), NOW));
        }

        @Test
        void failedStepsAreR14AndR11AndCanBeRetried() {
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW))
                    .when(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), false, "coupon gone", NOW))
                    .expectEvents(new RefundMarketingRollbackFailedEvent(RefundId.of("r-1"), "coupon gone", NOW));
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW),
                            new RefundMarketingRollbackFailedEvent(RefundId.of("r-1"), "coupon gone", NOW))
                    .when(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), true, null, NOW))
                    .expectEvents(new RefundMarketingRolledBackEvent(RefundId.of("r-1"), NOW));
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new RefundMarketingRolledBackEvent(RefundId.of("r-1"), NOW))
                    .when(new RecordRefundPaymentCommand(RefundId.of("r-1"), false, null, "gateway down", NOW))
                    .expectEvents(new RefundPaymentFailedEvent(RefundId.of("r-1"), "gateway down", NOW));
            fixture.given(opened(false), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new RefundMarketingRolledBackEvent(RefundId.of("r-1"), NOW),
                            new RefundPaymentFailedEvent(RefundId.of("r-1"), "gateway down", NOW))
                    .when(new RecordRefundPaymentCommand(RefundId.of("r-1"), true, "gw-9", null, NOW))
                    .expectEvents(new RefundPaidEvent(RefundId.of("r-1"), ORDER, AMOUNT, "gw-9", NOW));
        }

        @Test
        void returnedGoodsAreRestockedOnceTheMoneyIsBack() {
            fixture.given(opened(true), new RefundApprovedEvent(RefundId.of("r-1"), SELLER.userId(), NOW), new ReturnShippedEvent(RefundId.of("r-1"), "SF", "R-9", NOW),
                            new ReturnReceivedEvent(RefundId.of("r-1"), NOW), new RefundMarketingRolledBackEvent(RefundId.of("r-1"), NOW),
                            new RefundPaidEvent(RefundId.of("r-1"), ORDER, AMOUNT, "gw-9", NOW))
                    .when(new RecordRestockCommand(RefundId.of("r-1"), NOW))
                    .expectEvents(new RefundRestockedEvent(RefundId.of("r-1"), NOW));
        }
    }

    @Nested
    class AgainstTheOrder {

        Configuration axon;
        CommandGateway commands;

        /** Three tees at 33.33 and a mug at 10.01, 20.00 off, paid and shipped. */
        void start(Instant completedAt) {
            List<Object> history = new ArrayList<>(List.of(
                    new OrderPlacedEvent(ORDER, BUYER.userId(), SELLER.userId(), OrderType.PHYSICAL, List.of(
                            new OrderLine(1, ProductId.of("tee"), SkuId.of("tee-m"), SnapshotId.of("s1"), "Tee", 3, Money.of("33.33", "CNY"),
                                    Money.of("0", "CNY"), Money.of("99.99", "CNY")),
                            new OrderLine(2, ProductId.of("mug"), SkuId.of("mug-1"), SnapshotId.of("s2"), "Mug", 1, Money.of("10.01", "CNY"),
                                    Money.of("0", "CNY"), Money.of("10.01", "CNY"))),
                            Money.of("110.00", "CNY"), new ShippingAddress("A", "1", "R", "S", "P"), NOW, NOW,
                            dev.orderledger.api.order.MarketingRequest.NONE, null),
                    new OrderAwaitingPaymentEvent(ORDER, List.of(Money.of("18.18", "CNY"), Money.of("1.82", "CNY")),
                            Money.of("20.00", "CNY"), Money.of("90.00", "CNY"), null, 0),
                    new OrderPaidEvent(ORDER, dev.orderledger.api.payment.PayOrderId.of("pay-1"), cash("90.00"), NOW),
                    new FulfillmentStartedEvent(ORDER, OrderType.PHYSICAL, "ful-1", new ShippingAddress("A", "1", "R", "S", "P"), NOW),
                    new OrderShippedEvent(ORDER, "SF", "123", 1, NOW)));
            if (completedAt != null) {
                history.add(new OrderCompletedEvent(ORDER, CompletionKind.BUYER_CONFIRMED, SELLER.userId(), Money.of("90.00", "CNY"), completedAt));
            }
            axon = OrderUnderRefund.start(ORDER, history);
            commands = axon.commandGateway();
        }

        RequestRefundCommand unitsOfLine(RefundId refundId, Integer line, int quantity) {
            return new RequestRefundCommand(ORDER, refundId, BUYER, RefundKind.BUYER, line, quantity, true, "changed mind", NOW);
        }

        Money amountOf(RefundId refundId) {
            return axon.eventStore().readEvents(refundId.value()).asStream()
                    .map(event -> ((RefundOpenedEvent) event.getPayload()).amount()).findFirst().orElseThrow();
        }

        @Test
        void refundingEveryUnitOneByOneReturnsExactlyWhatWasPaid() {
            start(null);
            try {
                commands.sendAndWait(unitsOfLine(RefundId.of("r-1"), 1, 1));
                commands.sendAndWait(unitsOfLine(RefundId.of("r-2"), 1, 1));
                commands.sendAndWait(unitsOfLine(RefundId.of("r-3"), 1, 1));
                commands.sendAndWait(unitsOfLine(RefundId.of("r-4"), 2, 1));

                assertThat(amountOf(RefundId.of("r-1"))).isEqualTo(Money.of("27.27", "CNY"));
                assertThat(amountOf(RefundId.of("r-2"))).isEqualTo(Money.of("27.27", "CNY"));
                assertThat(amountOf(RefundId.of("r-3"))).isEqualTo(Money.of("27.27", "CNY"));
                assertThat(amountOf(RefundId.of("r-4"))).isEqualTo(Money.of("8.19", "CNY"));
                assertThat(List.of(RefundId.of("r-1"), RefundId.of("r-2"), RefundId.of("r-3"), RefundId.of("r-4")).stream().map(this::amountOf).reduce(Money::plus).orElseThrow())
                        .isEqualTo(Money.of("90.00", "CNY"));
                assertThatThrownBy(() -> commands.sendAndWait(unitsOfLine(RefundId.of("r-5"), null, 0)))
                        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("refunded in full");
            } finally {
                axon.shutdown();
            }
        }

        @Test
        void aRefundNeverExceedsWhatIsLeftAndAClosedOneGivesItBack() {
            start(null);
            try {
                commands.sendAndWait(unitsOfLine(RefundId.of("r-1"), 1, 2));
                assertThatThrownBy(() -> commands.sendAndWait(unitsOfLine(RefundId.of("r-2"), 1, 2)))
                        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("1 units left");

                commands.sendAndWait(new DecideRefundCommand(RefundId.of("r-1"), SELLER, false, "used", NOW));
                commands.sendAndWait(new ArbitrateRefundCommand(RefundId.of("r-1"), ADMIN, false, "seller is right", NOW));
                commands.sendAndWait(unitsOfLine(RefundId.of("r-3"), 1, 3));

                assertThat(amountOf(RefundId.of("r-3"))).isEqualTo(Money.of("81.81", "CNY"));
            } finally {
                axon.shutdown();
            }
        }

        @Test
        void theWholeOrderIsRefundedWithTheDiscountTakenOff() {
            start(null);
            try {
                RefundId refundId = commands.sendAndWait(unitsOfLine(RefundId.of("r-1"), null, 0));

                assertThat(refundId).isEqualTo(RefundId.of("r-1"));
                assertThat(amountOf(RefundId.of("r-1"))).isEqualTo(Money.of("90.00", "CNY"));
                assertThat((RefundId) commands.sendAndWait(unitsOfLine(RefundId.of("r-1"), null, 0))).as("asked again").isEqualTo(RefundId.of("r-1"));
            } finally {
                axon.shutdown();
            }
        }

        RequestRefundCommand keepingTheGoods(RefundId refundId, Integer line, int quantity) {
            return new RequestRefundCommand(ORDER, refundId, BUYER, RefundKind.BUYER, line, quantity, false, "never mind", NOW);
        }

        /** Approved by the seller, marketing given back, the cash paid back: what a refund without goods needs to complete. */
        void payBack(RefundId refundId) {
            commands.sendAndWait(new DecideRefundCommand(refundId, SELLER, true, null, NOW));
            commands.sendAndWait(new RecordRefundMarketingRollbackCommand(refundId, true, null, NOW));
            commands.sendAndWait(new RecordRefundPaymentCommand(refundId, true, "gw-" + refundId, null, NOW));
        }

        List<Object> eventsOf(String aggregateId) {
            return OrderUnderRefund.eventsOf(axon, aggregateId);
        }

        @Test
        void aRefundCompletesOnceTheMoneyIsBackAndOnlyOnce() {
            start(null);
            try {
                commands.sendAndWait(keepingTheGoods(RefundId.of("r-1"), 2, 1));
                commands.sendAndWait(new DecideRefundCommand(RefundId.of("r-1"), SELLER, true, null, NOW));
                assertThatThrownBy(() -> commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-1"), NOW))).isInstanceOf(StateConflict.class);

                commands.sendAndWait(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), true, null, NOW));
                commands.sendAndWait(new RecordRefundPaymentCommand(RefundId.of("r-1"), true, "gw-9", null, NOW));
                commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-1"), NOW));
                commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-1"), NOW));

                assertThat(eventsOf("r-1")).filteredOn(RefundCompletedEvent.class::isInstance)
                        .containsExactly(new RefundCompletedEvent(RefundId.of("r-1"), ORDER, Money.of("8.19", "CNY"), NOW));
                assertThat(eventsOf(ORDER.value())).filteredOn(RefundFinishedEvent.class::isInstance)
                        .containsExactly(new RefundFinishedEvent(ORDER, RefundId.of("r-1"), NOW));
                assertThat(eventsOf(ORDER.value())).noneMatch(OrderClosedEvent.class::isInstance);
            } finally {
                axon.shutdown();
            }
        }

        @Test
        void returnedGoodsAreRestockedBeforeTheRefundCompletes() {
            start(null);
            try {
                commands.sendAndWait(unitsOfLine(RefundId.of("r-1"), 2, 1));
                commands.sendAndWait(new DecideRefundCommand(RefundId.of("r-1"), SELLER, true, null, NOW));
                commands.sendAndWait(new ShipReturnCommand(RefundId.of("r-1"), BUYER, "SF", "R-9", NOW));
                commands.sendAndWait(new ReceiveReturnCommand(RefundId.of("r-1"), SELLER, true, null, NOW));
                commands.sendAndWait(new RecordRefundMarketingRollbackCommand(RefundId.of("r-1"), true, null, NOW));
                commands.sendAndWait(new RecordRefundPaymentCommand(RefundId.of("r-1"), true, "gw-9", null, NOW));

                assertThatThrownBy(() -> commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-1"), NOW))).isInstanceOf(StateConflict.class);
                commands.sendAndWait(new RecordRestockCommand(RefundId.of("r-1"), NOW));
                commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-1"), NOW));
                assertThat(eventsOf("r-1")).last().isInstanceOf(RefundCompletedEvent.class);
            } finally {
                axon.shutdown();
            }
        }

        /**
         * The seeded simulation's seed 195: a whole-order refund completed while an earlier partial
         * refund waited for arbitration closed the order; the arbitration then refused the partial
         * refund, and its unit was neither refunded nor refundable any more.
         */
        @Test
        void anOrderClosesOnlyOnceEveryRefundOfItHasFinished() {
            start(null);
            try {
                commands.sendAndWait(keepingTheGoods(RefundId.of("r-1"), 1, 1));
                commands.sendAndWait(new DecideRefundCommand(RefundId.of("r-1"), SELLER, false, "worn", NOW));
                commands.sendAndWait(keepingTheGoods(RefundId.of("r-2"), null, 0));
                payBack(RefundId.of("r-2"));
                commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-2"), NOW));
                assertThat(eventsOf(ORDER.value())).as("r-1 still waits for arbitration").noneMatch(OrderClosedEvent.class::isInstance);

                commands.sendAndWait(new ArbitrateRefundCommand(RefundId.of("r-1"), ADMIN, false, "seller is right", NOW));
                assertThat(eventsOf(ORDER.value())).as("one unit is not refunded").noneMatch(OrderClosedEvent.class::isInstance);

                commands.sendAndWait(keepingTheGoods(RefundId.of("r-3"), null, 0));
                assertThat(amountOf(RefundId.of("r-3"))).as("the unit r-1 gave back").isEqualTo(Money.of("27.27", "CNY"));
                payBack(RefundId.of("r-3"));
                commands.sendAndWait(new CompleteRefundCommand(RefundId.of("r-3"), NOW));
                assertThat(eventsOf(ORDER.value())).last().isEqualTo(new OrderClosedEvent(ORDER, NOW));
            } finally {
                axon.shutdown();
            }
        }

        @Test
        void aReturnWithinSevenDaysOfCompletionNeedsNoReasonAndLaterNeedsOne() {
            start(NOW.minus(Duration.ofDays(6)));
            try {
                commands.sendAndWait(new RequestRefundCommand(ORDER, RefundId.of("r-1"), BUYER, RefundKind.BUYER, 2, 1, true, "", NOW));
                assertThat(amountOf(RefundId.of("r-1")).isPositive()).isTrue();
            } finally {
                axon.shutdown();
            }
            start(NOW.minus(Duration.ofDays(8)));
            try {
                assertThatThrownBy(() -> commands.sendAndWait(new RequestRefundCommand(ORDER, RefundId.of("r-1"), BUYER,
                        RefundKind.BUYER, 2, 1, true, " ", NOW)))
                        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("needs a reason");
                commands.sendAndWait(unitsOfLine(RefundId.of("r-2"), 2, 1));
                assertThat(amountOf(RefundId.of("r-2")).isPositive()).as("with a reason, a late return is asked for").isTrue();
            } finally {
                axon.shutdown();
            }
        }

        @Test
        void anotherBuyerCannotAskForARefund() {
            start(null);
            try {
                assertThatThrownBy(() -> commands.sendAndWait(new RequestRefundCommand(ORDER, RefundId.of("r-1"),
                        new Actor(UserId.of("10000009"), Set.of(Role.BUYER)), RefundKind.BUYER, null, 0, false, "mine?", NOW)))
                        .isInstanceOf(ResourceNotFound.class);
            } finally {
                axon.shutdown();
            }
        }
    }
}
