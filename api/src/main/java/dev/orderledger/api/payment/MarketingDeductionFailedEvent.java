package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P3: marketing refused; the pay order ends here. */
@Revision("1")
public record MarketingDeductionFailedEvent(PayOrderId payOrderId, String reason, Instant at) {
}
