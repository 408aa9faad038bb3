package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.NotificationKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind.Audience;
import dev.orderledger.notification.OrderNews;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns a piece of news into a delivery for each of the seller's endpoints that subscribed to its kind.
 * The body is fixed when the delivery is made, so every attempt and redelivery sends the same bytes:
 * <pre>{"deliveryId": "...", "kind": "ORDER_SHIPPED", "occurredAt": "...", "orderId": "...",
 *  "refundId": "..." (refunds), "orderStatus": "FULFILLING" (when the news moves it),
 *  "text": "Order ... has shipped (...).", "details": {"carrier": "...", "trackingNumber": "..."}}</pre>
 */
@Component
public class WebhookNews {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final ObjectMapper json;

    WebhookNews(WebhookEndpoints endpoints, WebhookDeliveries deliveries, ObjectMapper json) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
    }

    /** Queues the news for the seller's endpoints that take its kind; how many deliveries that made. */
    public int queue(OrderNews news, UserId seller) {
        if (!news.kind().forWebhooks()) {
            return 0;
        }
        int queued = 0;
        for (String endpoint : endpoints.subscribedTo(seller, news.kind())) {
            UUID id = news.idFor("webhook:" + endpoint);
            deliveries.enqueue(id, endpoint, news.kind(), news.orderId(), payload(id, news), news.at());
            queued++;
        }
        return queued;
    }

    String payload(UUID deliveryId, OrderNews news) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", deliveryId.toString());
        body.put("kind", news.kind().name());
        body.put("occurredAt", news.at().toString());
        body.put("orderId", news.orderId().value());
        if (news.refundId() != null) {
            body.put("refundId", news.refundId().value());
        }
        if (news.kind().orderStatus() != null) {
            body.put("orderStatus", news.kind().orderStatus().name());
        }
        body.put("text", news.text(Audience.SELLER));
        body.put("details", new TreeMap<>(news.details()));
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException unexpected) {
            throw new IllegalStateException("strings always make JSON", unexpected);
        }
    }
}
