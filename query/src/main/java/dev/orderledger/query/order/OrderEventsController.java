package dev.orderledger.query.order;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.security.Actor;
import dev.orderledger.projections.order.OrderViewProjection;
import dev.orderledger.query.consistency.ProjectionProgress;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Follows one order live: {@code GET /api/orders/{id}/events} is a stream of server-sent events, one
 * {@code status} event for the order as it is and one for each change of its status, payment status or
 * fulfillment status, until the order is cancelled, completed or closed (or the client leaves, or
 * {@code ledger.api.follow-timeout} passes: a client reconnects). Each event carries the statuses, the
 * time of the change and a consistency token for reading the order as it was then. Readers are those
 * of the order (its buyer, its seller, admins); anyone else gets 404.
 * <p>
 * An event is the order as a batch of the order views left it: changes handled in one batch (a payment
 * and the start of its fulfillment, say) arrive as one event with the later status, never out of order.
 * <p>
 * The stream subscribes to the order views' changes ({@link FollowOrdersQuery}) before it reads the
 * order, so no change is missed. Events are written on one sender thread of this controller, never on
 * the projection's thread: a slow client does not hold the order views back.
 */
@RestController
class OrderEventsController implements DisposableBean {

    private static final Set<OrderStatus> FINAL = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.COMPLETED, OrderStatus.CLOSED);

    private final QueryGateway queries;
    private final ProjectionProgress progress;
    private final Duration timeout;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "order-events");
        thread.setDaemon(true);
        return thread;
    });

    OrderEventsController(QueryGateway queries, ProjectionProgress progress,
                          @Value("${ledger.api.follow-timeout:PT30M}") Duration timeout) {
        this.queries = queries;
        this.progress = progress;
        this.timeout = timeout;
    }

    @GetMapping(path = "/api/orders/{orderId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter follow(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX, message = "an order id has 19 digits")
                      String orderId, Actor requester) {
        SubscriptionQueryResult<List<OrderDetail>, OrderChanged> subscription = queries.subscriptionQuery(
                new FollowOrdersQuery(List.of(OrderId.of(orderId)), requester),
                ResponseTypes.multipleInstancesOf(OrderDetail.class), ResponseTypes.instanceOf(OrderChanged.class));
        List<OrderDetail> now = subscription.initialResult().block();
        if (now == null || now.isEmpty()) {
            subscription.cancel();
            throw new ResourceNotFound("no order " + orderId);
        }
        SseEmitter stream = new SseEmitter(timeout.toMillis());
        Follower follower = new Follower(stream);
        stream.onCompletion(subscription::cancel);
        stream.onTimeout(subscription::cancel);
        stream.onError(failure -> subscription.cancel());
        follower.offer(now.get(0), progress.position(OrderViewProjection.PROCESSING_GROUP).orElse(0));
        subscription.updates().subscribe(change -> follower.offer(change.order(), change.position()));
        return stream;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }

    /** One client's stream: what it was last sent, and the sending (on the sender thread, in order). */
    private final class Follower {

        private final SseEmitter stream;
        private StatusEvent last;

        private Follower(SseEmitter stream) {
            this.stream = stream;
        }

        /** The order as it now is: an event when one of its statuses changed; the end after a final status. */
        private synchronized void offer(OrderDetail order, long position) {
            StatusEvent event = new StatusEvent(order.orderId(), order.status(), order.paymentStatus(),
                    order.fulfillmentStatus(), order.updatedAt(), Long.toString(position));
            if (last != null && (last.sameStatuses(event) || FINAL.contains(last.status())
                    || event.at().isBefore(last.at()))) {
                return;
            }
            last = event;
            boolean end = FINAL.contains(event.status());
            sender.execute(() -> {
                try {
                    stream.send(SseEmitter.event().name("status").id(event.consistencyToken()).data(event));
                    if (end) {
                        stream.complete();
                    }
                } catch (IOException | IllegalStateException gone) {
                    stream.completeWithError(gone);
                }
            });
        }
    }

    /** One event of the stream: the order's statuses after a change, when it happened, and a consistency token. */
    record StatusEvent(OrderId orderId, OrderStatus status, PaymentStatus paymentStatus,
                       FulfillmentStatus fulfillmentStatus, Instant at, String consistencyToken) {

        boolean sameStatuses(StatusEvent other) {
            return status == other.status && paymentStatus == other.paymentStatus
                    && fulfillmentStatus == other.fulfillmentStatus;
        }
    }
}
