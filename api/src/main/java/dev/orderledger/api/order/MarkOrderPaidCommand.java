package dev.orderledger.api.order;

import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The order's pay order succeeded with this amount for the order. Refused for a cancelled order, or
 * for an amount other than what is due (a duplicate deposit, say): that money must then be refunded.
 * {@code cashFromWallet}: the cash was taken from the buyer's wallet in the ledger, not through the
 * payment gateway, so a refund of it goes back to the wallet and never out through the gateway.
 */
public record MarkOrderPaidCommand(@TargetAggregateIdentifier OrderId orderId, PayOrderId payOrderId, Money amount, Funding funding,
                                   Instant paidAt, boolean cashFromWallet) {

    /** Paid through the gateway. */
    public MarkOrderPaidCommand(OrderId orderId, PayOrderId payOrderId, Money amount, Funding funding, Instant paidAt) {
        this(orderId, payOrderId, amount, funding, paidAt, false);
    }
}
