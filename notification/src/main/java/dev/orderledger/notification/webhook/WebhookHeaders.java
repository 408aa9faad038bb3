package dev.orderledger.notification.webhook;

/**
 * The headers of a webhook delivery. The body is signed as the partners' callbacks are
 * ({@link dev.orderledger.api.signature.CallbackSignature}): hex HMAC-SHA256, with the secret the seller
 * registered, of {@code timestamp + "." + body}, the timestamp in epoch seconds. A receiver checks the
 * signature and that the timestamp is recent, and deduplicates on the delivery id: a delivery is sent
 * at least once, and again (with the same id and body, a new timestamp and signature) when it is retried
 * or redelivered.
 */
public final class WebhookHeaders {

    /** The delivery's id (a UUID): the same for every attempt of one piece of news to one endpoint. */
    public static final String DELIVERY = "X-Ledger-Delivery";
    /** The kind of news ({@code ORDER_PAID}...). */
    public static final String EVENT = "X-Ledger-Event";
    /** When this attempt was signed, in epoch seconds. */
    public static final String TIMESTAMP = "X-Ledger-Timestamp";
    /** The hex HMAC-SHA256 of {@code timestamp + "." + body}. */
    public static final String SIGNATURE = "X-Ledger-Signature";

    private WebhookHeaders() {
    }
}
