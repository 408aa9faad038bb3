package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.notification.NotificationKind.Audience;
import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.OrderNews;
import dev.orderledger.notification.inbox.Inbox;
import dev.orderledger.notification.inbox.InboxEntry;
import dev.orderledger.notification.outbox.OutboxLoop;
import dev.orderledger.notification.outbox.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Works the webhook outbox off: makes each claimed delivery's attempt ({@link WebhookSender}) and
 * records it in one transaction: delivered; or tried again after a back-off with full jitter
 * ({@link RetryPolicy}); or, its attempts spent, failed, which counts against the endpoint. An endpoint
 * whose deliveries fail {@code disableAfter} times in a row is disabled and its seller finds a
 * notification saying so; its deliveries wait until the seller enables it again.
 */
class WebhookDelivery implements OutboxLoop.Outbox<ClaimedDelivery> {

    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final Inbox inbox;
    private final TransactionOperations transactions;
    private final RetryPolicy retries;
    private final int disableAfter;
    private final Duration lease;
    private final Clock clock;

    WebhookDelivery(WebhookDeliveries deliveries, WebhookEndpoints endpoints, WebhookSender sender, Inbox inbox,
                    TransactionOperations transactions, NotificationSettings.Webhooks settings, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.inbox = inbox;
        this.transactions = transactions;
        this.retries = settings.retries();
        this.disableAfter = settings.disableAfter();
        // an attempt takes at most the connect and the answer timeouts; the claim outlasts it
        this.lease = settings.timeout().multipliedBy(2).plusSeconds(30);
        this.clock = clock;
    }

    @Override
    public List<ClaimedDelivery> claimDue(int limit) {
        return deliveries.claimDue(limit, clock.instant(), lease);
    }

    @Override
    public void deliver(ClaimedDelivery delivery) {
        Attempt attempt;
        try {
            attempt = sender.post(delivery);
        } catch (RuntimeException unexpected) {
            // a stored URL or secret the client will not take: a failed attempt like any other, so its attempts run out
            attempt = Attempt.failed(clock.instant(), unexpected.toString(), Duration.ZERO);
        }
        Attempt made = attempt;
        transactions.executeWithoutResult(status -> record(delivery, made, clock.instant()));
    }

    private void record(ClaimedDelivery delivery, Attempt attempt, Instant now) {
        deliveries.log(delivery, attempt);
        if (attempt.succeeded()) {
            if (deliveries.delivered(delivery, now)) {
                endpoints.deliverySucceeded(delivery.endpointId());
            }
            return;
        }
        Optional<Duration> retryIn = retries.delayAfter(delivery.attempt(), ThreadLocalRandom.current());
        if (retryIn.isPresent()) {
            log.info("Webhook {} not delivered ({}); next attempt in {}", delivery, attempt.problem(), retryIn.get());
            deliveries.retryAt(delivery, now.plus(retryIn.get()));
        } else if (deliveries.failed(delivery)) {
            log.warn("Webhook {} failed: {}; no attempt left", delivery, attempt.problem());
            endpoints.deliveryFailed(delivery.endpointId(), disableAfter, now).ifPresent(disabled -> tellSeller(disabled, now));
        }
    }

    /** The seller learns that their endpoint was disabled, and why. */
    private void tellSeller(Endpoint disabled, Instant now) {
        log.warn("Webhook endpoint {} of seller {} disabled after {} failed deliveries in a row", disabled.id(),
                disabled.sellerId(), disabled.consecutiveFailures());
        NotificationKind kind = NotificationKind.WEBHOOK_DISABLED;
        String text = kind.text(Audience.SELLER, Map.of("url", disabled.url(),
                "failures", Integer.toString(disabled.consecutiveFailures())));
        String cause = "webhook-disabled:" + disabled.id() + ":" + disabled.disabledAt().toEpochMilli();
        inbox.add(new InboxEntry(OrderNews.idOf(cause, "inbox:" + disabled.sellerId().value()), disabled.sellerId(), kind,
                null, null, text, now));
    }
}
