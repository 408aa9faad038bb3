package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The order's pay order succeeded. Refused for a cancelled order, whose payment must then be refunded. */
public record MarkOrderPaidCommand(@TargetAggregateIdentifier OrderId orderId, String payOrderId, Instant paidAt) {
}
