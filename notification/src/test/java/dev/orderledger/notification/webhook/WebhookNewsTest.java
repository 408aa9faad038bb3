package dev.orderledger.notification.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.notification.OrderNews;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class WebhookNewsTest {

    private static final UserId SELLER = UserId.of("10000002");
    private static final OrderNews SHIPPED = new OrderNews("event-1", NotificationKind.ORDER_SHIPPED,
            OrderId.of("1795300000000002001"), null, Map.of("carrier", "SF", "trackingNumber", "SF1"),
            Instant.parse("2026-03-01T10:00:00Z"));

    private final WebhookEndpoints endpoints = mock(WebhookEndpoints.class);
    private final WebhookDeliveries deliveries = mock(WebhookDeliveries.class);
    private final WebhookNews news = new WebhookNews(endpoints, deliveries, new ObjectMapper());

    @Test
    void eachSubscribedEndpointGetsItsOwnDeliveryIdTheSameEveryTimeTheEventIsHandled() {
        when(endpoints.subscribedTo(SELLER, NotificationKind.ORDER_SHIPPED)).thenReturn(List.of("wh-a", "wh-b"));

        assertThat(news.queue(SHIPPED, SELLER)).isEqualTo(2);

        UUID toA = SHIPPED.idFor("webhook:wh-a");
        verify(deliveries).enqueue(eq(toA), eq("wh-a"), eq(NotificationKind.ORDER_SHIPPED), eq(SHIPPED.orderId()), anyString(),
                eq(SHIPPED.at()));
        verify(deliveries).enqueue(eq(SHIPPED.idFor("webhook:wh-b")), eq("wh-b"), any(), any(), anyString(), any());
        assertThat(toA).isEqualTo(OrderNews.idOf("event-1", "webhook:wh-a")).isNotEqualTo(SHIPPED.idFor("webhook:wh-b"));
    }

    @Test
    void theBodyCarriesTheDeliveryIdTheNewsAndTheSellersText() throws Exception {
        UUID id = UUID.randomUUID();

        JsonNode body = new ObjectMapper().readTree(news.payload(id, SHIPPED));

        assertThat(body.path("deliveryId").asText()).isEqualTo(id.toString());
        assertThat(body.path("kind").asText()).isEqualTo("ORDER_SHIPPED");
        assertThat(body.path("orderId").asText()).isEqualTo("1795300000000002001");
        assertThat(body.path("orderStatus").asText()).isEqualTo("FULFILLING");
        assertThat(body.path("occurredAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(body.path("text").asText()).isEqualTo("Order 1795300000000002001 has shipped (SF SF1).");
        assertThat(body.path("details").path("trackingNumber").asText()).isEqualTo("SF1");
        assertThat(body.has("refundId")).isFalse();
        assertThat(news.payload(id, SHIPPED)).as("the same bytes every time").isEqualTo(news.payload(id, SHIPPED));
    }

    @Test
    void newsOfAWebhookIsNeverSentToAWebhook() {
        OrderNews disabled = new OrderNews("x", NotificationKind.WEBHOOK_DISABLED, SHIPPED.orderId(), null, Map.of(), SHIPPED.at());

        assertThat(news.queue(disabled, SELLER)).isZero();
        verify(endpoints, never()).subscribedTo(any(), any());
    }
}
