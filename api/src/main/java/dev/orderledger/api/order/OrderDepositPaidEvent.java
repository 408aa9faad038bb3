package dev.orderledger.api.order;

import dev.orderledger.api.payment.Funding;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A presale order's deposit was paid; its balance is due in the presale's window. */
@Revision("1")
public record OrderDepositPaidEvent(OrderId orderId, String payOrderId, Funding funding, Instant paidAt) {
}
