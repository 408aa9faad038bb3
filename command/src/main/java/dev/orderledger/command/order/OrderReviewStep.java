package dev.orderledger.command.order;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.DecideOrderReviewCommand;
import dev.orderledger.api.order.HoldOrderForReviewCommand;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderReviewedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An order's review (seed 004 订单审核), a member of the {@link Order} aggregate: review rules fired at
 * placement, so the order waits UNDER_REVIEW, holding its stock, coupon and points, for an admin to
 * approve it (it is confirmed with the discount placement found, and the payment window starts again)
 * or reject it (cancelled {@code RISK_CONTROL}, and placement gives everything back). Nobody deciding by
 * the deadline, the rules' default decides.
 */
class OrderReviewStep {

    /** Name of the deadline that decides an order under review nobody decided in time. */
    static final String REVIEW_DUE = "order-review-due";

    private final Order order;
    /** What placement found, kept while the order is under review, to confirm it with once approved. */
    private OrderUnderReviewEvent pending;

    OrderReviewStep(Order order) {
        this.order = order;
    }

    @CommandHandler
    void handle(HoldOrderForReviewCommand command, DeadlineManager deadlines) {
        if (order.status() == OrderStatus.UNDER_REVIEW) {
            return;
        }
        order.requireStatus(OrderStatus.CREATED);
        apply(new OrderUnderReviewEvent(order.id(), order.buyerId(), order.sellerId(), PlacementPricing.totalOf(order.lines()),
                command.fired(), command.discount(), command.couponId(), command.pointsUsed(), command.decideBy(),
                command.defaultDecision(), command.at()));
        deadlines.schedule(command.decideBy(), REVIEW_DUE, new ReviewDeadline(command.decideBy()));
    }

    @CommandHandler
    void handle(DecideOrderReviewCommand command, DeadlineManager deadlines) {
        if (!command.actor().isAdmin()) {
            throw new ResourceNotFound("no order " + order.id());
        }
        order.requireStatus(OrderStatus.UNDER_REVIEW);
        decide(command.decision(), command.actor().userId(), command.note(), false, command.at(), deadlines);
    }

    void onDue(ReviewDeadline deadline, DeadlineManager deadlines) {
        if (order.status() == OrderStatus.UNDER_REVIEW) {
            decide(pending.defaultDecision(), Actor.SYSTEM_USER, "not decided in time", true, deadline.due(), deadlines);
        }
    }

    private void decide(ReviewDecision decision, UserId by, String note, boolean byDefault, Instant at,
                        DeadlineManager deadlines) {
        if (decision == ReviewDecision.REJECT) {
            apply(new OrderReviewedEvent(order.id(), decision, by, note, byDefault, null, at));
            apply(new OrderCancelledEvent(order.id(), CancellationReason.RISK_CONTROL, at));
            return;
        }
        Instant due = order.paymentDeadlineFrom(at);
        apply(new OrderReviewedEvent(order.id(), decision, by, note, byDefault, due, at));
        order.confirm(pending.discount(), pending.couponId(), pending.pointsUsed());
        deadlines.schedule(due, Order.PAYMENT_TIMEOUT, new Order.PaymentDeadline(due));
    }

    @EventSourcingHandler
    void on(OrderUnderReviewEvent event) {
        pending = event;
    }

    /** The payload of the deadline that applies a review's default decision. */
    record ReviewDeadline(Instant due) {
    }
}
