package dev.orderledger.api.refund;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.Funding;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One refund of an order as the order shows it: who started it ({@code kind}), its lines and
 * amount and where the money goes back to ({@code funding}), its status, the buyer's reason, why it
 * is refused or stuck ({@code statusReason}: a rejection, closing, failed return, failed rollback
 * or failed payment), the goods' way back, and when it reached each status ({@code times}, in the
 * order of the state machine; the latest time for a status reached twice).
 */
public record RefundDetail(
        RefundId refundId,
        RefundKind kind,
        RefundStatus status,
        List<RefundLine> lines,
        Money amount,
        Funding funding,
        boolean returnRequired,
        String reason,
        String statusReason,
        String returnCarrier,
        String returnTrackingNumber,
        Instant requestedAt,
        Instant updatedAt,
        Map<RefundStatus, Instant> times) {

    public RefundDetail {
        lines = List.copyOf(lines);
        times = Collections.unmodifiableMap(new TreeMap<>(times));
    }
}
