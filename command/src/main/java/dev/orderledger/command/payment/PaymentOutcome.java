package dev.orderledger.command.payment;

import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderTimelineEntry;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.command.outcome.OrderOutcomes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a payment answers once the order views show its outcome: every order it pays marked paid by it
 * (or its deposit paid), or the pay order ended without paying (marketing or the gateway refused, the
 * gateway declined, it was cancelled or timed out). Either is an outcome, 201 with the pay order's
 * status and its orders'; past the wait, 202 with where to read it.
 */
final class PaymentOutcome {

    private PaymentOutcome() {
    }

    /** The answer the orders' latest details give, if they show the outcome. */
    static Optional<ResponseEntity<?>> of(PayOrderId payOrderId, List<OrderId> orderIds, Map<OrderId, OrderDetail> orders) {
        Optional<PaymentStatus> status = orders.values().stream()
                .flatMap(order -> order.payments().stream())
                .filter(payment -> payment.payOrderId().equals(payOrderId))
                .map(PaymentDetail::status).reduce((first, later) -> later.ordinal() > first.ordinal() ? later : first);
        boolean failed = status.filter(reached -> reached.isFinal() && reached != PaymentStatus.P8_SUCCESS).isPresent();
        boolean paid = status.filter(PaymentStatus.P8_SUCCESS::equals).isPresent()
                && orderIds.stream().allMatch(orderId -> orders.containsKey(orderId) && paidBy(orders.get(orderId), payOrderId));
        if (!failed && !paid) {
            return Optional.empty();
        }
        return Optional.of(ResponseEntity.status(HttpStatus.CREATED).location(location(payOrderId))
                .body(new Payment(payOrderId, status.orElseThrow(), orderIds.stream()
                        .map(orderId -> new PaidOrder(orderId, orders.containsKey(orderId) ? orders.get(orderId).status() : null))
                        .toList())));
    }

    /** The wait ran out before the payment's outcome. */
    static ResponseEntity<?> pending(PayOrderId payOrderId, List<OrderId> orderIds) {
        return ResponseEntity.accepted().location(location(payOrderId))
                .header(HttpHeaders.RETRY_AFTER, OrderOutcomes.LOOK_AGAIN_AFTER_SECONDS)
                .body(new Payment(payOrderId, PaymentStatus.P1_PENDING, orderIds.stream()
                        .map(orderId -> new PaidOrder(orderId, null)).toList()));
    }

    /** The order's timeline shows this pay order paying it (the whole order, or a presale order's deposit). */
    private static boolean paidBy(OrderDetail order, PayOrderId payOrderId) {
        return order.timeline().stream().anyMatch(step -> step.source() == OrderTimelineEntry.Source.ORDER
                && payOrderId.value().equals(step.detail())
                && (OrderStatus.PAID.name().equals(step.status()) || OrderStatus.DEPOSIT_PAID.name().equals(step.status())));
    }

    private static URI location(PayOrderId payOrderId) {
        return URI.create("/api/pay-orders/" + payOrderId);
    }

    /** A pay order and what it did to its orders (an order's status is absent while the views do not show it). */
    record Payment(PayOrderId payOrderId, PaymentStatus status, List<PaidOrder> orders) {
    }

    /** One order a pay order pays, and its status. */
    record PaidOrder(OrderId orderId, OrderStatus status) {
    }
}
