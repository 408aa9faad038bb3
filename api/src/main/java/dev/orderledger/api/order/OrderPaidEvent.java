package dev.orderledger.api.order;

import dev.orderledger.api.payment.Funding;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order was paid (for a presale, its balance), from these sources. */
@Revision("1")
public record OrderPaidEvent(OrderId orderId, String payOrderId, Funding funding, Instant paidAt) {
}
