package dev.orderledger.console.seller;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.notification.DeliveryPage;
import dev.orderledger.api.notification.DeliveryStatus;
import dev.orderledger.api.notification.FindWebhookDeliveriesQuery;
import dev.orderledger.api.notification.FindWebhooksQuery;
import dev.orderledger.api.notification.RedeliverWebhookCommand;
import dev.orderledger.api.notification.WebhookView;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.Outcomes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A seller's webhook endpoints and their delivery logs, as {@code /api/webhooks} shows them: each endpoint with
 * its kinds and health, and an endpoint's deliveries (newest first, by status) with every attempt: when, the
 * receiver's answer or the error, how long it took. A delivered or failed delivery can be sent again, with the
 * same delivery id. Registering and changing endpoints stays with the API, where the secret is given.
 */
@Controller
@PreAuthorize("hasRole('SELLER')")
class WebhookPages {

    private static final Pattern WEBHOOK_ID = Identifiers.NAME;
    private static final Pattern DELIVERY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final CommandGateway commands;

    WebhookPages(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/console/seller/webhooks")
    String endpoints(Actor seller, Model model) {
        model.addAttribute("webhooks", endpointsOf(seller));
        return "console/seller-webhooks";
    }

    @GetMapping("/console/seller/webhooks/{webhookId}")
    String deliveries(@PathVariable String webhookId, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String done, @RequestParam(required = false) String refused,
                      @RequestParam(required = false) String delivery, Actor seller, Model model) {
        WebhookView webhook = endpointsOf(seller).stream().filter(w -> w.id().equals(webhookId)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("no webhook " + webhookId));
        DeliveryStatus shown = Outcomes.named(DeliveryStatus.class, status, null);
        model.addAttribute("webhook", webhook);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("log", queries.query(new FindWebhookDeliveriesQuery(seller.userId(), webhookId, shown, 0, PAGE_SIZE),
                ResponseTypes.instanceOf(DeliveryPage.class)).join());
        String which = delivery != null && DELIVERY_ID.matcher(delivery).matches() ? "Delivery " + delivery : "The delivery";
        if ("redelivery".equals(done)) {
            model.addAttribute("done", which + " is sent again.");
        } else if ("DISABLED".equals(refused)) {
            model.addAttribute("refused", which + " was not sent again: the endpoint is disabled; enable it through the API first.");
        } else if (refused != null) {
            model.addAttribute("refused", which + " was not sent again: it still waits for its next attempt.");
        }
        return "console/seller-webhook";
    }

    @PostMapping("/console/seller/webhooks/{webhookId}/deliveries/{deliveryId}/redelivery")
    String redeliver(@PathVariable String webhookId, @PathVariable String deliveryId, Actor seller) {
        if (!WEBHOOK_ID.matcher(webhookId).matches() || !DELIVERY_ID.matcher(deliveryId).matches()) {
            throw new ResourceNotFound("no delivery " + deliveryId);
        }
        String page = "/console/seller/webhooks/" + webhookId;
        try {
            commands.sendAndWait(new RedeliverWebhookCommand(seller.userId(), webhookId, UUID.fromString(deliveryId)));
            return Outcomes.redirect(page, "done", "redelivery", "delivery", deliveryId);
        } catch (StateConflict refused) {
            return Outcomes.redirect(page, "refused", refused.currentState(), "delivery", deliveryId);
        }
    }

    private List<WebhookView> endpointsOf(Actor seller) {
        return queries.query(new FindWebhooksQuery(seller.userId()), ResponseTypes.multipleInstancesOf(WebhookView.class)).join();
    }
}
