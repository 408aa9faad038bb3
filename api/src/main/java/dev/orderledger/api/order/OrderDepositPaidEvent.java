package dev.orderledger.api.order;

import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.Funding;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A presale order's deposit was paid; its balance is due in the presale's window.
 * {@code cashFromWallet}: the cash came from the buyer's wallet, not through the gateway (false in
 * history recorded before it was told, when only gateway payments were refunded).
 */
@Revision("1")
public record OrderDepositPaidEvent(OrderId orderId, PayOrderId payOrderId, Funding funding, Instant paidAt, boolean cashFromWallet) {

    /** Paid through the gateway. */
    public OrderDepositPaidEvent(OrderId orderId, PayOrderId payOrderId, Funding funding, Instant paidAt) {
        this(orderId, payOrderId, funding, paidAt, false);
    }
}
