package dev.orderledger.api.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A refund exists and awaits the seller's decision. {@code funding} says how much goes back as cash,
 * coins and voucher; {@code restock} whether its units go back on the shelf (they come back, or never
 * left); {@code afterSettlement} whether the seller was already paid for the order (the money then
 * comes back from the seller); {@code marketingToRestore} the coupon and points given back because
 * this refund empties the order (else {@link MarketingRequest#NONE}); {@code cashFromWallet} whether
 * the order's cash came from the buyer's wallet (its refund then stays in the wallet) rather than
 * through the gateway (false in history recorded before it was told).
 */
@Revision("1")
public record RefundOpenedEvent(RefundId refundId, OrderId orderId, UserId buyerId, UserId sellerId, RefundKind kind,
                                boolean returnRequired, boolean restock, List<RefundLine> lines, Money amount,
                                Funding funding, boolean afterSettlement, MarketingRequest marketingToRestore,
                                String reason, Instant at, boolean cashFromWallet) {

    /** Of an order paid through the gateway. */
    public RefundOpenedEvent(RefundId refundId, OrderId orderId, UserId buyerId, UserId sellerId, RefundKind kind,
                             boolean returnRequired, boolean restock, List<RefundLine> lines, Money amount,
                             Funding funding, boolean afterSettlement, MarketingRequest marketingToRestore,
                             String reason, Instant at) {
        this(refundId, orderId, buyerId, sellerId, kind, returnRequired, restock, lines, amount, funding, afterSettlement,
                marketingToRestore, reason, at, false);
    }
}
