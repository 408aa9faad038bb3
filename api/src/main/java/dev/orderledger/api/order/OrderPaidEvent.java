package dev.orderledger.api.order;

import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.Funding;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order was paid (for a presale, its balance), from these sources.
 * {@code cashFromWallet}: the cash came from the buyer's wallet, not through the gateway (false in
 * history recorded before it was told, when only gateway payments were refunded).
 */
@Revision("1")
public record OrderPaidEvent(OrderId orderId, PayOrderId payOrderId, Funding funding, Instant paidAt, boolean cashFromWallet) {

    /** Paid through the gateway. */
    public OrderPaidEvent(OrderId orderId, PayOrderId payOrderId, Funding funding, Instant paidAt) {
        this(orderId, payOrderId, funding, paidAt, false);
    }
}
