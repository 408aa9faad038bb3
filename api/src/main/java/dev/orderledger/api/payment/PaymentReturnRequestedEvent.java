package dev.orderledger.api.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.order.OrderId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Money of this pay order goes back to the buyer: {@code funding} says how much to each source. */
@Revision("1")
public record PaymentReturnRequestedEvent(PayOrderId payOrderId, ReturnId returnId, UserId buyerId, OrderId orderId,
                                          Funding funding, PaymentMethod method, String reason, Instant at) {
}
