package dev.orderledger.api.payment;

import dev.orderledger.api.order.OrderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Money taken that no order keeps goes back to the buyer: one order's charge that the order refused
 * (cancelled meanwhile, already paid), or, with {@code orderId} null, the whole cash of a success
 * that came after the pay order was cancelled. The same return id is returned once.
 */
public record ReturnPaymentCommand(@TargetAggregateIdentifier PayOrderId payOrderId, ReturnId returnId, OrderId orderId,
                                   String reason, Instant at) {
}
