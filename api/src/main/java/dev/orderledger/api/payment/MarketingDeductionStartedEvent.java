package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P2. */
@Revision("1")
public record MarketingDeductionStartedEvent(PayOrderId payOrderId, Instant at) {
}
