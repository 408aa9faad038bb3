package dev.orderledger.api.payment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** P2: about to ask marketing to deduct coins and voucher; recorded first so a lost reply can be checked. */
public record StartMarketingDeductionCommand(@TargetAggregateIdentifier PayOrderId payOrderId, Instant at) {
}
