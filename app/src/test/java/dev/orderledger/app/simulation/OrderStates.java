package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an order's view (as {@code GET /api/orders/{id}} answers it) against the state machines: whether
 * something is still in progress, and which parts of it are neither final nor waiting for a person, so
 * that only a process that parked them in the manual intervention queue may leave them there.
 */
final class OrderStates {

    /** Order statuses after which nothing happens to the order by itself. */
    static final Set<String> ORDER_FINAL = Set.of("COMPLETED", "CANCELLED", "CLOSED");
    private static final Set<String> PAYMENT_FINAL = Set.of("P3_MARKETING_FAILED", "P6_PAYMENT_INIT_FAILED", "P8_SUCCESS",
            "P9_FAILED", "P10_CANCELLED", "P11_TIMEOUT");
    private static final Set<String> REFUND_FINAL = Set.of("COMPLETED", "CLOSED");

    /** Part of an order that is still moving or stuck, and the intervention that would account for it. */
    record Unrest(String interventionId, String what) {
    }

    private OrderStates() {
    }

    static String status(JsonNode view) {
        return view.at("/status").asText();
    }

    /** A pay order the gateway paid the wrong amount: it stays where it is until a person looks at it. */
    static boolean mismatched(JsonNode view, String payOrderId) {
        for (JsonNode entry : view.at("/timeline")) {
            if (payOrderId.equals(entry.at("/reference").asText()) && entry.at("/event").asText().startsWith("PaymentAmountMismatched")) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the order's pay orders is on its way (and not parked for a wrong amount). */
    static boolean paying(JsonNode view) {
        for (JsonNode payment : view.at("/payments")) {
            if (!PAYMENT_FINAL.contains(payment.at("/status").asText()) && !mismatched(view, payment.at("/payOrderId").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Paid and being fulfilled, or ended, or unpaid with no payment on its way: what a seller or buyer waits for before acting. */
    static boolean paidOrSettled(JsonNode view) {
        String status = status(view);
        return status.equals("FULFILLING") || ORDER_FINAL.contains(status) || (status.equals("PENDING_PAYMENT") && !paying(view));
    }

    /** Delivered, shipped, failed or ended, or not going to be paid: what a buyer waits for before confirming receipt. */
    static boolean deliveredOrSettled(JsonNode view) {
        String fulfillment = view.at("/fulfillmentStatus").asText();
        return fulfillment.equals("F4_SUCCESS") || fulfillment.equals("F3_FAILED") || view.at("/shipping/version").asLong() > 0
                || ORDER_FINAL.contains(status(view)) || (status(view).equals("PENDING_PAYMENT") && !paying(view));
    }

    /** What of this order is neither final nor waiting for a person (a buyer, a seller); empty when it is at rest. */
    static List<Unrest> unrest(JsonNode view) {
        List<Unrest> unrest = new ArrayList<>();
        String orderId = view.at("/orderId").asText();
        String fulfillment = view.at("/fulfillmentStatus").asText();
        switch (status(view)) {
            case "CREATED" -> unrest.add(new Unrest("placement:" + orderId, "order " + orderId + " is still being placed"));
            case "PAID" -> unrest.add(new Unrest("fulfillment:" + orderId, "order " + orderId + " is paid but not being fulfilled"));
            case "FULFILLING" -> {
                if (fulfillment.equals("F3_FAILED") && !hasRefundOfKind(view, "FAILED_FULFILLMENT")) {
                    unrest.add(new Unrest("fulfillment:" + orderId, "order " + orderId + " failed fulfillment and has no refund"));
                } else if (!fulfillment.equals("F4_SUCCESS") && !fulfillment.equals("F3_FAILED")) {
                    unrest.add(new Unrest("fulfillment:" + orderId, "order " + orderId + " is in " + fulfillment));
                }
            }
            default -> {
                // PENDING_PAYMENT waits for the buyer (or the payment deadline); the others are final
            }
        }
        for (JsonNode payment : view.at("/payments")) {
            String payOrderId = payment.at("/payOrderId").asText();
            String status = payment.at("/status").asText();
            if (status.equals("P8_SUCCESS") && Set.of("CREATED", "PENDING_PAYMENT").contains(status(view))
                    && !returned(payment, orderId)) {
                unrest.add(new Unrest("payment:" + payOrderId, "pay order " + payOrderId + " succeeded and order " + orderId
                        + " is neither paid nor paid back"));
            }
            if (mismatched(view, payOrderId) && !status.equals("P8_SUCCESS")) {
                unrest.add(new Unrest("payment:" + payOrderId, "the gateway took a wrong amount for pay order " + payOrderId));
            } else if (!PAYMENT_FINAL.contains(status)) {
                unrest.add(new Unrest("payment:" + payOrderId, "pay order " + payOrderId + " is in " + status));
            }
            for (JsonNode back : payment.at("/returns")) {
                if (!back.at("/status").asText().equals("RETURNED")) {
                    unrest.add(new Unrest("payment:" + payOrderId, "return " + back.at("/returnId").asText() + " of pay order "
                            + payOrderId + " is " + back.at("/status").asText()));
                }
            }
        }
        for (JsonNode refund : view.at("/refunds")) {
            if (!refundAtRest(refund)) {
                String refundId = refund.at("/refundId").asText();
                unrest.add(new Unrest("refund:" + refundId, "refund " + refundId + " (" + refund.at("/kind").asText() + ") is in "
                        + refund.at("/status").asText()));
            }
        }
        return unrest;
    }

    /** Final, or waiting for the seller's decision on a buyer's request, the buyer's parcel, or the seller's receipt of it. */
    private static boolean refundAtRest(JsonNode refund) {
        String status = refund.at("/status").asText();
        return REFUND_FINAL.contains(status)
                || (status.equals("REQUESTED") && refund.at("/kind").asText().equals("BUYER"))
                || (status.equals("APPROVED") && refund.at("/returnRequired").asBoolean())
                || status.equals("RETURN_SHIPPED");
    }

    /** The pay order gave this order's share back (it was cancelled, or paid twice). */
    static boolean returned(JsonNode payment, String orderId) {
        for (JsonNode back : payment.at("/returns")) {
            if (back.at("/orderId").asText().equals(orderId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRefundOfKind(JsonNode view, String kind) {
        for (JsonNode refund : view.at("/refunds")) {
            if (refund.at("/kind").asText().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
