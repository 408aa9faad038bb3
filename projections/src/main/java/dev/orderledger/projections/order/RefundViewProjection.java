package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry.Source;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundClosedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundMarketingRollbackFailedEvent;
import dev.orderledger.api.refund.RefundMarketingRolledBackEvent;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundPaidEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.refund.RefundRestockedEvent;
import dev.orderledger.api.refund.RefundStatus;
import dev.orderledger.api.refund.ReturnFailedEvent;
import dev.orderledger.api.refund.ReturnReceivedEvent;
import dev.orderledger.api.refund.ReturnShippedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Builds {@link RefundView} rows from the Refund aggregate's events, and records each event's step in its order's timeline. */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class RefundViewProjection {

    private final RefundViewRepository refunds;
    private final OrderTimeline timeline;

    RefundViewProjection(RefundViewRepository refunds, OrderTimeline timeline) {
        this.refunds = refunds;
        this.timeline = timeline;
    }

    @EventHandler
    void on(RefundOpenedEvent event, EventMessage<?> message) {
        timeline.createOnce(refunds, event.refundId().value(), Source.REFUND, message, Step.at(event.at())
                        .to(RefundStatus.REQUESTED).because(event.reason()).detail(event.kind() + " " + event.amount()),
                sequence -> new RefundView(event, sequence), refund -> List.of(refund.orderId()));
    }

    @EventHandler
    void on(RefundApprovedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.APPROVED, null, event.at());
    }

    @EventHandler
    void on(RefundRejectedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.REJECTED, event.reason(), event.at());
    }

    @EventHandler
    void on(ReturnShippedEvent event, EventMessage<?> message) {
        update(event.refundId().value(), message, Step.at(event.at()).to(RefundStatus.RETURN_SHIPPED)
                .detail(event.carrier() + " " + event.trackingNumber()), refund -> {
                    refund.returnShipped(event.carrier(), event.trackingNumber());
                    refund.reached(RefundStatus.RETURN_SHIPPED, null, event.at());
                });
    }

    @EventHandler
    void on(ReturnReceivedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.RETURN_RECEIVED, null, event.at());
    }

    @EventHandler
    void on(ReturnFailedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.R7_RETURN_FAILED, event.reason(), event.at());
    }

    @EventHandler
    void on(RefundMarketingRolledBackEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.R13_MARKETING_ROLLED_BACK, null, event.at());
    }

    @EventHandler
    void on(RefundMarketingRollbackFailedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.R14_MARKETING_ROLLBACK_FAILED, event.reason(), event.at());
    }

    @EventHandler
    void on(RefundPaidEvent event, EventMessage<?> message) {
        update(event.refundId().value(), message, Step.at(event.at()).to(RefundStatus.R10_REFUNDED).detail(event.gatewayReference()),
                refund -> refund.reached(RefundStatus.R10_REFUNDED, null, event.at()));
    }

    @EventHandler
    void on(RefundPaymentFailedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.R11_REFUND_FAILED, event.reason(), event.at());
    }

    @EventHandler
    void on(RefundRestockedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.RESTOCKED, null, event.at());
    }

    @EventHandler
    void on(RefundCompletedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.COMPLETED, null, event.at());
    }

    @EventHandler
    void on(RefundClosedEvent event, EventMessage<?> message) {
        reached(event.refundId().value(), message, RefundStatus.CLOSED, event.reason(), event.at());
    }

    /** A rebuild starts from nothing: the refunds and the steps their events recorded are forgotten. */
    @ResetHandler
    void reset() {
        refunds.deleteAllInBatch();
        timeline.forget(Source.REFUND);
    }

    private void reached(String refundId, EventMessage<?> message, RefundStatus status, String reason, Instant at) {
        update(refundId, message, Step.at(at).to(status).because(reason), refund -> refund.reached(status, reason, at));
    }

    private void update(String refundId, EventMessage<?> message, Step step, Consumer<RefundView> change) {
        timeline.applyOnce(refunds.findById(refundId), Source.REFUND, message, step, change,
                refund -> List.of(refund.orderId()));
    }
}
