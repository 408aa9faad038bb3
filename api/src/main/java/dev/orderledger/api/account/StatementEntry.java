package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;

import java.time.Instant;

/**
 * One posting on an account: its number in the account (1 for the first), the transfer that posted it,
 * the amount that left or entered, the balance it left, and, from the transfer, the account on the
 * other side, the order reference and the memo (absent until the journal view has the transfer).
 */
public record StatementEntry(long entryNo, TransferId transferId, EntryDirection direction, Money amount,
                             Money balanceAfter, AccountId counterparty, String orderReference, String memo,
                             Instant at) {
}
