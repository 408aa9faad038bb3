package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Money left the account for a transfer; {@code balanceAfter} is the account's balance after it. */
@Revision("1")
public record AccountDebitedEvent(AccountId accountId, TransferId transferId, Money amount, Money balanceAfter,
                                  Instant at) {
}
