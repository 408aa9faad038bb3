package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Marketing answered: deducted (P4) or refused (P3). */
public record RecordMarketingDeductionCommand(@TargetAggregateIdentifier PayOrderId payOrderId, boolean succeeded, String reason, Instant at) {
}
