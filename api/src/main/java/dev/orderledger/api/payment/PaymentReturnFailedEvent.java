package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The gateway could not pay a return back; it waits for a retry. */
@Revision("1")
public record PaymentReturnFailedEvent(PayOrderId payOrderId, ReturnId returnId, String reason, Instant at) {
}
