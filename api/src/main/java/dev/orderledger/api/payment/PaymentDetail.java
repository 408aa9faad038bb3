package dev.orderledger.api.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pay order as one of the orders it pays shows it: its status (P1..P11) and method, the whole
 * pay amount split into cash, coins and voucher, what it charges this order ({@code charge}), the
 * gateway's transaction, why it failed or was cancelled ({@code statusReason}), when it reached
 * each status ({@code times}, in the order of the state machine; the latest time for a status
 * reached twice), and the money it gave back to the buyer for this order ({@code returns}).
 */
public record PaymentDetail(
        PayOrderId payOrderId,
        PaymentStatus status,
        PaymentMethod method,
        Money payAmount,
        Money cashAmount,
        Money coinAmount,
        Money voucherAmount,
        OrderCharge charge,
        String gatewayTransactionId,
        String statusReason,
        Instant createdAt,
        Instant updatedAt,
        Map<PaymentStatus, Instant> times,
        List<Return> returns) {

    public PaymentDetail {
        times = Collections.unmodifiableMap(new TreeMap<>(times));
        returns = List.copyOf(returns);
    }

    /**
     * Money of the pay order going back to the buyer: for one order ({@code orderId}) or, with no
     * order, the cash the gateway took after the pay order was cancelled.
     */
    public record Return(
            ReturnId returnId,
            OrderId orderId,
            Funding funding,
            String reason,
            ReturnStatus status,
            String gatewayReference,
            String failureReason,
            Instant requestedAt,
            Instant updatedAt) {
    }

    /** Where a return is: asked of the gateway, paid back, or failed (waiting for a retry). */
    public enum ReturnStatus {
        REQUESTED, RETURNED, FAILED
    }
}
