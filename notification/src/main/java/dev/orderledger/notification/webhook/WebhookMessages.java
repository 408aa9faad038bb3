package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.DeliveryPage;
import dev.orderledger.api.notification.FindWebhookDeliveriesQuery;
import dev.orderledger.api.notification.FindWebhooksQuery;
import dev.orderledger.api.notification.RedeliverWebhookCommand;
import dev.orderledger.api.notification.WebhookView;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A seller's webhooks over the message buses, for callers that hold only {@code api} (the console): the same
 * {@link Webhooks} the REST controller uses, with the same rule that a seller reaches only their own.
 */
@Component
class WebhookMessages {

    private final Webhooks webhooks;

    WebhookMessages(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @QueryHandler
    List<WebhookView> handle(FindWebhooksQuery query) {
        return webhooks.of(query.sellerId());
    }

    @QueryHandler
    DeliveryPage handle(FindWebhookDeliveriesQuery query) {
        return webhooks.deliveries(query.sellerId(), query.webhookId(), query.status(), query.page(), query.size());
    }

    @CommandHandler
    void handle(RedeliverWebhookCommand command) {
        webhooks.redeliver(command.sellerId(), command.webhookId(), command.deliveryId());
    }
}
