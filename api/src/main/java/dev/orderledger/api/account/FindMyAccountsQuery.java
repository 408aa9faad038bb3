package dev.orderledger.api.account;

import dev.orderledger.api.security.Actor;

/**
 * Asks for the requester's own accounts that the journal has opened (wallet, coins, and the seller
 * account of a seller), answered with {@link AccountBalances}.
 */
public record FindMyAccountsQuery(Actor requester) {
}
