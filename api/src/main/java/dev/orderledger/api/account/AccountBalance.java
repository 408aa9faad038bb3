package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;

import java.time.Instant;

/** One account's balance as the journal made it, with how many entries it has and when the last one was posted. */
public record AccountBalance(AccountId accountId, AccountKind kind, String owner, Money balance, long entries,
                             Instant updatedAt) {
}
