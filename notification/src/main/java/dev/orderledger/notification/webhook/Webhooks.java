package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.DeliveryStatus;
import dev.orderledger.api.notification.DeliveryPage;
import dev.orderledger.api.notification.WebhookView;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.outbox.OutboxLoop;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * What a seller does with their webhooks: register, read, change, enable again, remove, read the
 * delivery log, ask for a redelivery. Each is one transaction; what may now be due wakes the loop.
 */
@Service
class Webhooks {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final AddressPolicy addresses;
    private final OutboxLoop<ClaimedDelivery> loop;
    private final int maxEndpoints;
    private final Clock clock;

    Webhooks(WebhookEndpoints endpoints, WebhookDeliveries deliveries, AddressPolicy addresses, OutboxLoop<ClaimedDelivery> loop,
             NotificationSettings settings, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.loop = loop;
        this.maxEndpoints = settings.webhooks().maxEndpoints();
        this.clock = clock;
    }

    @Transactional
    WebhookView register(UserId seller, String url, String secret, List<NotificationKind> kinds) {
        String checked = addresses.requireAllowed(url).toString();
        return endpoints.register(seller, checked, secret, subscribable(kinds), maxEndpoints, clock.instant()).view();
    }

    @Transactional(readOnly = true)
    List<WebhookView> of(UserId seller) {
        return endpoints.of(seller).stream().map(Endpoint::view).toList();
    }

    @Transactional(readOnly = true)
    WebhookView find(UserId seller, String id) {
        return endpoints.find(seller, id).view();
    }

    /** Changes the endpoint; the secret only when a new one is given. Enabled again, its waiting deliveries go out. */
    @Transactional
    WebhookView change(UserId seller, String id, String url, String secret, List<NotificationKind> kinds, boolean enabled) {
        String checked = addresses.requireAllowed(url).toString();
        WebhookView changed = endpoints.update(seller, id, checked, secret, subscribable(kinds), enabled, clock.instant()).view();
        if (enabled) {
            loop.wakeAfterCommit();
        }
        return changed;
    }

    @Transactional
    void remove(UserId seller, String id) {
        endpoints.delete(seller, id);
    }

    @Transactional(readOnly = true)
    DeliveryPage deliveries(UserId seller, String id, DeliveryStatus status, int page, int size) {
        return deliveries.page(endpoints.find(seller, id).id(), status, page, size);
    }

    /** Sends a delivered or failed delivery again with the same id; the endpoint must be enabled (409 otherwise). */
    @Transactional
    void redeliver(UserId seller, String id, UUID deliveryId) {
        Endpoint endpoint = endpoints.find(seller, id);
        if (!endpoint.enabled()) {
            throw new StateConflict("DISABLED", "webhook " + id + " is disabled; enable it first");
        }
        deliveries.redeliver(endpoint.id(), deliveryId, clock.instant());
        loop.wakeAfterCommit();
    }

    private static List<NotificationKind> subscribable(List<NotificationKind> kinds) {
        for (NotificationKind kind : kinds) {
            if (!kind.forWebhooks()) {
                throw new InvalidValue("kinds", kind + " is not sent to webhooks; choose among " + NotificationKind.webhookKinds());
            }
        }
        return kinds;
    }
}
