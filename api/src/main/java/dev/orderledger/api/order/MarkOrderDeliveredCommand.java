package dev.orderledger.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The carrier delivered the parcel (F4). */
public record MarkOrderDeliveredCommand(@TargetAggregateIdentifier OrderId orderId, Instant at) {
}
