package dev.orderledger.notification.feed;

import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundClosedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.notification.OrderNews;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The events that are news, each mapped by one handler to its kind and details; {@link NewsPublisher}
 * tells it. A processing group of its own ({@value #PROCESSING_GROUP}: one segment, its rows and token
 * in one transaction, a dead-letter queue for an event it cannot handle), so notifications never slow
 * or fail the order process. Everything it writes is keyed by the event's identifier, so an event
 * handled again adds nothing; it is never replayed, so a rebuild never notifies anyone twice.
 * Placement and refund openings also note who is party to the order.
 */
@Component
@DisallowReplay
@ProcessingGroup(NotificationFeed.PROCESSING_GROUP)
class NotificationFeed {

    static final String PROCESSING_GROUP = "notifications";

    private final Parties parties;
    private final NewsPublisher news;

    NotificationFeed(Parties parties, NewsPublisher news) {
        this.parties = parties;
        this.news = news;
    }

    @EventHandler
    void on(OrderPlacedEvent event) {
        parties.orderPlaced(event.orderId(), event.buyerId(), event.sellerId());
    }

    /** Placement confirmed the order: it is placed, and awaits payment. */
    @EventHandler
    void on(OrderAwaitingPaymentEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_PLACED, event.orderId(), null, details("payable", event.payable()), at);
    }

    @EventHandler
    void on(OrderDepositPaidEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_DEPOSIT_PAID, event.orderId(), null, details("amount", event.funding().total()), at);
    }

    @EventHandler
    void on(OrderPaidEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_PAID, event.orderId(), null, details("amount", event.funding().total()), at);
    }

    @EventHandler
    void on(OrderShippedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_SHIPPED, event.orderId(), null,
                details("carrier", event.carrier(), "trackingNumber", event.trackingNumber()), at);
    }

    @EventHandler
    void on(OrderDeliveredEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_DELIVERED, event.orderId(), null, details(), at);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_CANCELLED, event.orderId(), null, details("reason", words(event.reason())), at);
    }

    /** Placement refused the order (no stock, a coupon refused...): to its buyer, it is cancelled. */
    @EventHandler
    void on(OrderRejectedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_CANCELLED, event.orderId(), null, details("reason", words(event.reason())), at);
    }

    @EventHandler
    void on(OrderUnderReviewEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_UNDER_REVIEW, event.orderId(), null, details(), at);
    }

    /** A refund opened; one the seller opened for units they cannot supply is told as the shortage it is. */
    @EventHandler
    void on(RefundOpenedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        parties.orderPlaced(event.orderId(), event.buyerId(), event.sellerId());
        parties.refundOpened(event.refundId(), event.orderId());
        if (event.kind() == RefundKind.SHORTAGE) {
            tell(id, NotificationKind.ORDER_SHORTAGE, event.orderId(), event.refundId(),
                    details("units", units(event.lines()), "amount", event.amount()), at);
            return;
        }
        tell(id, NotificationKind.REFUND_REQUESTED, event.orderId(), event.refundId(), details("amount", event.amount()), at);
    }

    /** "2 units of line 1 and 1 unit of line 2". */
    static String units(List<RefundLine> lines) {
        return lines.stream().map(line -> line.quantity() + (line.quantity() == 1 ? " unit" : " units") + " of line " + line.lineNo())
                .collect(Collectors.joining(" and "));
    }

    @EventHandler
    void on(RefundApprovedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        refundDecided(id, event.refundId(), "approved", null, at);
    }

    /** The seller refused; the platform arbitrates. */
    @EventHandler
    void on(RefundRejectedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        refundDecided(id, event.refundId(), "rejected by the seller", event.reason(), at);
    }

    /** Arbitration refused it for good. */
    @EventHandler
    void on(RefundClosedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        refundDecided(id, event.refundId(), "refused after review", event.reason(), at);
    }

    @EventHandler
    void on(RefundCompletedEvent event, @MessageIdentifier String id, @Timestamp Instant at) {
        tell(id, NotificationKind.ORDER_REFUNDED, event.orderId(), event.refundId(), details("amount", event.amount()), at);
    }

    private void refundDecided(String id, RefundId refund, String decision, String reason, Instant at) {
        parties.orderOf(refund).ifPresent(order -> tell(id, NotificationKind.REFUND_DECIDED, order, refund,
                details("decision", decision, "reason", reason), at));
    }

    private void tell(String eventId, NotificationKind kind, OrderId order, RefundId refund, Map<String, String> details,
                      Instant at) {
        news.publish(new OrderNews(eventId, kind, order, refund, details, at));
    }

    /** {@code PAYMENT_TIMEOUT} as a reader says it: "payment timeout". */
    static String words(CancellationReason reason) {
        return reason == null ? null : reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Details from names and values, in pairs; a value that is absent leaves its name out. */
    static Map<String, String> details(Object... pairs) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                details.put((String) pairs[i], pairs[i + 1].toString());
            }
        }
        return details;
    }
}
