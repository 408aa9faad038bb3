package dev.orderledger.notification;

import dev.orderledger.notification.outbox.RetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code ledger.notifications}: how news is told (application.yml documents each setting).
 *
 * @param maxAge       events older than this when the feed reaches them are not told (only who is party
 *                     to an order is noted): a store older than the notifications is not announced again
 * @param pollInterval how often the outboxes look for due deliveries when nothing woke them
 * @param webhooks     the sellers' webhook endpoints and their deliveries
 * @param sms          the buyers' SMS
 */
@ConfigurationProperties("ledger.notifications")
public record NotificationSettings(
        @DefaultValue("P1D") Duration maxAge,
        @DefaultValue("PT1S") Duration pollInterval,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Sms sms) {

    /**
     * Webhook deliveries.
     *
     * @param maxAttempts           attempts of a delivery before it is marked failed (a redelivery starts again)
     * @param baseDelay             the wait after the first failed attempt; it doubles after each, up to {@code maxDelay}
     * @param maxDelay              the longest wait between two attempts
     * @param timeout               connect and answer timeout of one attempt
     * @param disableAfter          failed deliveries in a row after which an endpoint is disabled and its seller told
     * @param maxEndpoints          endpoints one seller may register
     * @param senders               deliveries under way at once on this node
     * @param allowPrivateAddresses whether endpoints may be on loopback, private or link-local addresses
     *                              (development and tests only: it opens the ledger's network to sellers)
     * @param trustStore            a PKCS12 store of certificates to trust besides the JDK's ({@code classpath:} or
     *                              {@code file:}); empty: the JDK's only
     * @param trustStorePassword    its password
     */
    public record Webhooks(
            @DefaultValue("16") int maxAttempts,
            @DefaultValue("PT10S") Duration baseDelay,
            @DefaultValue("PT1H") Duration maxDelay,
            @DefaultValue("PT5S") Duration timeout,
            @DefaultValue("5") int disableAfter,
            @DefaultValue("10") int maxEndpoints,
            @DefaultValue("4") int senders,
            @DefaultValue("false") boolean allowPrivateAddresses,
            @DefaultValue("") String trustStore,
            @DefaultValue("") String trustStorePassword) {

        public RetryPolicy retries() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
        }
    }

    /**
     * SMS messages.
     *
     * @param maxAttempts attempts to hand a message to the SMS provider before it is marked failed
     * @param baseDelay   the wait after the first failed attempt; it doubles after each, up to {@code maxDelay}
     * @param maxDelay    the longest wait between two attempts
     * @param senders     messages under way at once on this node
     */
    public record Sms(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("PT10S") Duration baseDelay,
            @DefaultValue("PT30M") Duration maxDelay,
            @DefaultValue("2") int senders) {

        public RetryPolicy retries() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
        }
    }
}
