package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Money entered the account by a transfer; {@code balanceAfter} is the account's balance after it. */
@Revision("1")
public record AccountCreditedEvent(AccountId accountId, TransferId transferId, Money amount, Money balanceAfter,
                                   Instant at) {
}
