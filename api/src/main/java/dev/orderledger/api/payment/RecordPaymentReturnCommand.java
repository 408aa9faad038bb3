package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The gateway paid a return back to the buyer, or failed to (then it can be tried again). */
public record RecordPaymentReturnCommand(@TargetAggregateIdentifier PayOrderId payOrderId, ReturnId returnId, boolean succeeded,
                                         String gatewayReference, String reason, Instant at) {
}
