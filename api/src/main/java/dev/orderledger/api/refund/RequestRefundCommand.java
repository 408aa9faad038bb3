package dev.orderledger.api.refund;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Asks for a refund of a whole order ({@code lineNo} null) or of some units of one line, with or without sending goods back. */
public record RequestRefundCommand(@TargetAggregateIdentifier OrderId orderId, RefundId refundId, Actor actor, RefundKind kind, Integer lineNo, int quantity, boolean withReturn, String reason, Instant at) {
}
