package dev.orderledger.command.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.PlacementRejected;
import dev.orderledger.command.outcome.OrderOutcomes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What a placement answers once the order views show its order: confirmed (201, or 200 for an order
 * id placed before) with the order's detail, which says what is due; rejected by placement (422 with
 * the order id and the {@link dev.orderledger.api.order.CancellationReason}); under review, 202 with the
 * order's detail, awaiting confirmation; or, while the order is only created, nothing yet: past the wait,
 * 202 with where to read it.
 */
final class PlacementOutcome {

    private PlacementOutcome() {
    }

    /** The answer the order's latest detail gives, if it shows the outcome. */
    static Optional<ResponseEntity<?>> of(OrderPlacement placement, Map<OrderId, OrderDetail> orders) {
        OrderDetail order = orders.get(placement.orderId());
        if (order == null || order.status() == OrderStatus.CREATED) {
            return Optional.empty();
        }
        if (order.status() == OrderStatus.CANCELLED && neverConfirmed(order)) {
            throw new PlacementRejected(order.orderId(), order.cancellationReason(), order.cancellationDetail());
        }
        if (order.status() == OrderStatus.UNDER_REVIEW) {
            return Optional.of(ResponseEntity.accepted().location(location(placement))
                    .body(new AwaitingConfirmation(order, placement.created(), AwaitingConfirmation.MESSAGE)));
        }
        return Optional.of(ResponseEntity.status(placement.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location(placement)).body(new PlacedOrder(order, placement.created())));
    }

    /** The wait ran out before placement confirmed or rejected the order. */
    static ResponseEntity<?> pending(OrderPlacement placement) {
        return ResponseEntity.accepted().location(location(placement))
                .header(HttpHeaders.RETRY_AFTER, OrderOutcomes.LOOK_AGAIN_AFTER_SECONDS)
                .body(new PendingPlacement(placement.orderId(), OrderStatus.CREATED, placement.created()));
    }

    /** Cancelled before it ever awaited payment: placement refused it (or its buyer cancelled it at once). */
    private static boolean neverConfirmed(OrderDetail order) {
        return order.timeline().stream().noneMatch(step -> OrderStatus.PENDING_PAYMENT.name().equals(step.status()));
    }

    private static URI location(OrderPlacement placement) {
        return URI.create("/api/orders/" + placement.orderId());
    }

    /** A confirmed placement: the order's detail as {@code GET /api/orders/{id}} reads it, and whether this request created it. */
    record PlacedOrder(@JsonUnwrapped OrderDetail order, boolean created) {
    }

    /**
     * Review rules stopped the order (202): it holds its goods and is paid once confirmed. Seed 004 says not to
     * scare a good buyer: the message says it awaits confirmation, never that it is under suspicion.
     */
    record AwaitingConfirmation(@JsonUnwrapped OrderDetail order, boolean created, String message) {

        static final String MESSAGE = "Your order is awaiting confirmation; you can pay it once it is confirmed.";
    }

    /** A placement whose outcome is not known yet: read the order at its {@code Location}, or follow its events. */
    record PendingPlacement(OrderId orderId, OrderStatus status, boolean created) {
    }
}
