package dev.orderledger.notification.webhook;

import java.util.UUID;

/**
 * A delivery claimed for one attempt: its id (the receiver's deduplication key), the claim under which
 * its outcome is recorded, the endpoint with its URL and secret as they are now, the kind, the body,
 * and which attempt of its round this is.
 */
record ClaimedDelivery(UUID id, UUID claim, String endpointId, String url, String secret, String kind, String payload,
                       int attempt) {

    @Override
    public String toString() {
        return "delivery " + id + " to " + endpointId + " (attempt " + attempt + ")";
    }
}
