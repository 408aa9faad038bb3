package dev.orderledger.command.order;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.DecideOrderReviewCommand;
import dev.orderledger.api.order.HoldOrderForReviewCommand;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderReviewedEvent;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.api.security.UserId;
import dev.orderledger.command.product.StubCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.orderledger.command.order.OrderTest.BUYER;
import static dev.orderledger.command.order.OrderTest.DEADLINE;
import static dev.orderledger.command.order.OrderTest.MUG;
import static dev.orderledger.command.order.OrderTest.ORDER;
import static dev.orderledger.command.order.OrderTest.PLACED_AT;
import static dev.orderledger.command.order.OrderTest.TEE;
import static dev.orderledger.command.order.OrderTest.line;
import static dev.orderledger.command.order.OrderTest.place;

/** An order that review rules stopped waits for a person, who approves or rejects it, or for its default decision. */
class OrderReviewTest {

    static final Actor ADMIN = new Actor(UserId.of("admin-1"), Set.of(Role.ADMIN));
    static final Duration DECIDE_WITHIN = Duration.ofHours(2);
    static final Instant DECIDE_BY = PLACED_AT.plus(DECIDE_WITHIN);
    static final Money DISCOUNT = Money.of("10.00", "CNY");
    static final List<ReviewRule> FIRED = List.of(ReviewRule.ORDERS_PER_HOUR);

    AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        StubCatalogue catalogue = new StubCatalogue();
        catalogue.offer(TEE);
        catalogue.offer(MUG);
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(catalogue);
    }

    static HoldOrderForReviewCommand hold(ReviewDecision byDefault) {
        return new HoldOrderForReviewCommand(ORDER, DISCOUNT, null, 0, FIRED, DECIDE_BY, byDefault, PLACED_AT);
    }

    static OrderUnderReviewEvent underReview(ReviewDecision byDefault) {
        return new OrderUnderReviewEvent(ORDER, UserId.of(BUYER), UserId.of("seller-1"), Money.of("184.80", "CNY"), FIRED,
                DISCOUNT, null, 0, DECIDE_BY, byDefault, PLACED_AT);
    }

    static OrderAwaitingPaymentEvent confirmed() {
        return new OrderAwaitingPaymentEvent(ORDER, List.of(Money.of("8.65", "CNY"), Money.of("1.35", "CNY")), DISCOUNT,
                Money.of("174.80", "CNY"), null, 0);
    }

    @Test
    void anOrderHeldForReviewWaitsUntilItsDecisionIsDue() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)))
                .when(hold(ReviewDecision.APPROVE))
                .expectEvents(underReview(ReviewDecision.APPROVE))
                .expectScheduledDeadlineWithName(DECIDE_BY, OrderReviewStep.REVIEW_DUE);
    }

    @Test
    void approvedItIsConfirmedWithItsDiscountAndTheWholePaymentWindowFromTheDecision() {
        Instant decidedAt = PLACED_AT.plus(Duration.ofMinutes(50));
        Instant newDeadline = decidedAt.plus(Duration.between(PLACED_AT, DEADLINE));

        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)), hold(ReviewDecision.REJECT))
                .when(new DecideOrderReviewCommand(ORDER, ADMIN, ReviewDecision.APPROVE, "known customer", decidedAt))
                .expectEvents(new OrderReviewedEvent(ORDER, ReviewDecision.APPROVE, ADMIN.userId(), "known customer", false,
                        newDeadline, decidedAt), confirmed())
                .expectScheduledDeadlineWithName(newDeadline, Order.PAYMENT_TIMEOUT);
    }

    @Test
    void rejectedItIsCancelledByRiskControl() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)), hold(ReviewDecision.APPROVE))
                .when(new DecideOrderReviewCommand(ORDER, ADMIN, ReviewDecision.REJECT, "stolen card", PLACED_AT))
                .expectEvents(new OrderReviewedEvent(ORDER, ReviewDecision.REJECT, ADMIN.userId(), "stolen card", false, null,
                        PLACED_AT), new OrderCancelledEvent(ORDER, CancellationReason.RISK_CONTROL, PLACED_AT));
    }

    @Test
    void theOriginalPaymentDeadlineDoesNotCancelAnOrderUnderReviewAndNobodyDecidingTheDefaultDecides() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)), hold(ReviewDecision.REJECT))
                .whenTimeElapses(DECIDE_WITHIN.plusMinutes(1))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT, OrderReviewStep.REVIEW_DUE)
                .expectEvents(new OrderReviewedEvent(ORDER, ReviewDecision.REJECT, Actor.SYSTEM_USER, "not decided in time", true,
                        null, DECIDE_BY), new OrderCancelledEvent(ORDER, CancellationReason.RISK_CONTROL, DECIDE_BY));
    }

    @Test
    void approvedByDefaultTheOrderIsConfirmedAndOnlyItsNewDeadlineCancelsIt() {
        Instant newDeadline = DECIDE_BY.plus(Duration.between(PLACED_AT, DEADLINE));

        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)), hold(ReviewDecision.APPROVE))
                .whenTimeElapses(DECIDE_WITHIN.plus(Duration.between(PLACED_AT, DEADLINE)).plusMinutes(1))
                .expectEvents(new OrderReviewedEvent(ORDER, ReviewDecision.APPROVE, Actor.SYSTEM_USER, "not decided in time", true,
                        newDeadline, DECIDE_BY), confirmed(),
                        new OrderCancelledEvent(ORDER, CancellationReason.PAYMENT_TIMEOUT, newDeadline));
    }

    @Test
    void onlyAnAdminDecides() {
        Actor seller = new Actor(UserId.of("seller-1"), Set.of(Role.SELLER));
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)), hold(ReviewDecision.APPROVE))
                .when(new DecideOrderReviewCommand(ORDER, seller, ReviewDecision.APPROVE, null, PLACED_AT))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void anOrderNotUnderReviewCannotBeDecided() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)),
                        new ConfirmOrderPlacementCommand(ORDER, DISCOUNT, null, 0))
                .when(new DecideOrderReviewCommand(ORDER, ADMIN, ReviewDecision.APPROVE, null, PLACED_AT))
                .expectException(StateConflict.class);
    }
}
