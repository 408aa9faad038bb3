package dev.orderledger.app.simulation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How the simulated partners treat one request of a history, as scenario knobs planted under that
 * request's key (a pay order id, a refund id, {@code ful-<orderId>}), so that concurrent histories never
 * steer each other's partners. {@code NORMAL} plants nothing.
 */
final class Misbehaviour {

    private Misbehaviour() {
    }

    /** The payment gateway, for a payment or a refund. */
    enum Gateway {
        NORMAL, DUPLICATES, REORDERED, DROPPED, LOST_REPLY, DECLINED, FAILED,
        /** The success comes late and without a PROCESSING notice first, long enough for a cancellation to overtake it. */
        LATE,
        /** The gateway takes another amount than the one asked (payments only). */
        WRONG_AMOUNT;

        /** The scenario to plant, or null for none; {@code cash} is the amount the request will ask for. */
        Map<String, Object> scenario(BigDecimal cash, String currency) {
            return switch (this) {
                case NORMAL -> null;
                case DUPLICATES -> Map.of("duplicateCallbacks", 2);
                case REORDERED -> Map.of("reorder", true, "duplicateCallbacks", 1);
                case DROPPED -> Map.of("dropCallbacks", true);
                case LOST_REPLY -> Map.of("loseReply", true);
                case DECLINED -> Map.of("outcome", "DECLINE");
                case FAILED -> Map.of("outcome", "FAIL");
                case LATE -> Map.of("callbackDelayMillis", 1_500, "processingCallback", false);
                case WRONG_AMOUNT -> Map.of("amountOverride", Map.of("currency", currency, "amount",
                        (cash.compareTo(BigDecimal.ONE) > 0 ? cash.subtract(new BigDecimal("0.01")) : cash.add(BigDecimal.ONE))
                                .toPlainString()));
            };
        }
    }

    /** The carrier, for one order's shipment. */
    enum Carrier {
        NORMAL, DUPLICATES, REORDERED, DROPPED, LOST_REPLY, FAILED,
        /** Shipping and delivery take long enough for the seller and the buyer to act in between. */
        SLOW;

        Map<String, Object> scenario() {
            return switch (this) {
                case NORMAL -> null;
                case DUPLICATES -> Map.of("duplicateCallbacks", 2);
                case REORDERED -> Map.of("reorder", true);
                case DROPPED -> Map.of("dropCallbacks", true);
                case LOST_REPLY -> Map.of("loseReply", true);
                case FAILED -> Map.of("outcome", "FAIL");
                case SLOW -> Map.of("shipDelayMillis", 600, "deliverDelayMillis", 600);
            };
        }
    }
}
