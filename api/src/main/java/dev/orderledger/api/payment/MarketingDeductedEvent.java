package dev.orderledger.api.payment;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** P4: coins and voucher are taken. */
@Revision("1")
public record MarketingDeductedEvent(PayOrderId payOrderId, Instant at) {
}
