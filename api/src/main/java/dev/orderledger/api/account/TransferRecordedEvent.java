package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A journal entry: this amount left {@code from} and entered {@code to}. Its two sides are equal by construction. */
@Revision("1")
public record TransferRecordedEvent(
        TransferId transferId,
        AccountId from,
        AccountId to,
        Money amount,
        String orderReference,
        String memo,
        Instant at) {
}
