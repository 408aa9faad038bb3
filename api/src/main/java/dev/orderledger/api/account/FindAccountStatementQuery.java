package dev.orderledger.api.account;

import dev.orderledger.api.security.Actor;

/**
 * Asks for a page of an account's journal entries posted in a period, answered with an
 * {@link AccountStatement}; seen by the same people as {@link FindAccountQuery}, empty for anyone else.
 */
public record FindAccountStatementQuery(AccountId accountId, Actor requester, TimeRange period, boolean newestFirst,
                                        int page, int size) {
}
