package dev.orderledger.projections.order;

import dev.orderledger.api.order.OrderTimelineEntry.Source;
import dev.orderledger.api.payment.MarketingDeductedEvent;
import dev.orderledger.api.payment.MarketingDeductionFailedEvent;
import dev.orderledger.api.payment.MarketingDeductionStartedEvent;
import dev.orderledger.api.payment.PayOrderCancelledEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PayOrderTimedOutEvent;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentDetail.ReturnStatus;
import dev.orderledger.api.payment.PaymentFailedEvent;
import dev.orderledger.api.payment.PaymentInitFailedEvent;
import dev.orderledger.api.payment.PaymentInitialisedEvent;
import dev.orderledger.api.payment.PaymentProcessingEvent;
import dev.orderledger.api.payment.PaymentReturnFailedEvent;
import dev.orderledger.api.payment.PaymentReturnRequestedEvent;
import dev.orderledger.api.payment.PaymentReturnedEvent;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Builds {@link PaymentView} rows from the PayOrder aggregate's events, and records each event's
 * step in the timeline of every order the pay order pays (a return's step only in its own order's).
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class PaymentViewProjection {

    private final PaymentViewRepository payments;
    private final OrderTimeline timeline;

    PaymentViewProjection(PaymentViewRepository payments, OrderTimeline timeline) {
        this.payments = payments;
        this.timeline = timeline;
    }

    @EventHandler
    void on(PayOrderCreatedEvent event, EventMessage<?> message) {
        timeline.createOnce(payments, event.payOrderId().value(), Source.PAYMENT, message,
                Step.at(event.at()).to(PaymentStatus.P1_PENDING).detail(event.method() + " " + event.payAmount()),
                sequence -> new PaymentView(event, sequence), PaymentView::orderIds);
    }

    @EventHandler
    void on(MarketingDeductionStartedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P2_MARKETING_INIT, null, event.at(), null);
    }

    @EventHandler
    void on(MarketingDeductedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P4_MARKETING_SUCCESS, null, event.at(), null);
    }

    @EventHandler
    void on(MarketingDeductionFailedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P3_MARKETING_FAILED, event.reason(), event.at(), null);
    }

    @EventHandler
    void on(PaymentInitialisedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P5_PAYMENT_INITIALIZED, null, event.at(), null);
    }

    @EventHandler
    void on(PaymentInitFailedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P6_PAYMENT_INIT_FAILED, event.reason(), event.at(), null);
    }

    @EventHandler
    void on(PaymentProcessingEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P7_PROCESSING, null, event.at(), event.gatewayTransactionId());
    }

    @EventHandler
    void on(PaymentSucceededEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P8_SUCCESS, null, event.at(), event.gatewayTransactionId());
    }

    @EventHandler
    void on(PaymentFailedEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P9_FAILED, event.reason(), event.at(), event.gatewayTransactionId());
    }

    @EventHandler
    void on(PayOrderCancelledEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P10_CANCELLED, event.reason(), event.at(), null);
    }

    @EventHandler
    void on(PayOrderTimedOutEvent event, EventMessage<?> message) {
        reached(event.payOrderId().value(), message, PaymentStatus.P11_TIMEOUT, null, event.at(), null);
    }

    /** The gateway took another amount than asked: no status changes, a person reconciles it. */
    @EventHandler
    void on(PaymentAmountMismatchedEvent event, EventMessage<?> message) {
        update(event.payOrderId().value(), message, Step.at(event.at())
                        .because("the gateway took " + event.reported() + " instead of " + event.expected())
                        .detail(event.gatewayTransactionId()),
                payment -> payment.gatewayTransaction(event.gatewayTransactionId()));
    }

    @EventHandler
    void on(PaymentSucceededAfterCancellationEvent event, EventMessage<?> message) {
        update(event.payOrderId().value(), message, Step.at(event.at())
                        .because("the gateway took " + event.cashAmount() + " after the pay order had ended")
                        .detail(event.gatewayTransactionId()),
                payment -> payment.gatewayTransaction(event.gatewayTransactionId()));
    }

    @EventHandler
    void on(PaymentReturnRequestedEvent event, EventMessage<?> message) {
        updateReturn(event.payOrderId().value(), event.returnId().value(), message,
                Step.at(event.at()).because(event.reason()).detail(event.returnId().value() + ": " + event.funding().total()),
                payment -> payment.returnRequested(event.returnId().value(), event.orderId(), event.funding(), event.reason(),
                        event.at()));
    }

    @EventHandler
    void on(PaymentReturnedEvent event, EventMessage<?> message) {
        updateReturn(event.payOrderId().value(), event.returnId().value(), message, Step.at(event.at()).detail(event.returnId().value()),
                payment -> payment.returnSettled(event.returnId().value(), ReturnStatus.RETURNED, event.gatewayReference(), null,
                        event.at()));
    }

    @EventHandler
    void on(PaymentReturnFailedEvent event, EventMessage<?> message) {
        updateReturn(event.payOrderId().value(), event.returnId().value(), message,
                Step.at(event.at()).because(event.reason()).detail(event.returnId().value()),
                payment -> payment.returnSettled(event.returnId().value(), ReturnStatus.FAILED, null, event.reason(), event.at()));
    }

    /** A rebuild starts from nothing: the pay orders and the steps their events recorded are forgotten. */
    @ResetHandler
    void reset() {
        payments.deleteAllInBatch();
        timeline.forget(Source.PAYMENT);
    }

    /** The pay order moved to this status, perhaps for a reason and with the gateway's transaction (else null). */
    private void reached(String payOrderId, EventMessage<?> message, PaymentStatus status, String reason, Instant at,
                         String transactionId) {
        update(payOrderId, message, Step.at(at).to(status).because(reason).detail(transactionId), payment -> {
            payment.gatewayTransaction(transactionId);
            payment.reached(status, reason, at);
        });
    }

    /** Applies an event to its pay order once; its step goes to the timeline of every order the pay order pays. */
    private void update(String payOrderId, EventMessage<?> message, Step step, Consumer<PaymentView> change) {
        timeline.applyOnce(payments.findById(payOrderId), Source.PAYMENT, message, step, change, PaymentView::orderIds);
    }

    /** Applies a return's event to its pay order once; its step goes to the timeline of the order it pays back. */
    private void updateReturn(String payOrderId, String returnId, EventMessage<?> message, Step step,
                              Consumer<PaymentView> change) {
        timeline.applyOnce(payments.findById(payOrderId), Source.PAYMENT, message, step, change,
                payment -> payment.ordersOfReturn(returnId));
    }
}
