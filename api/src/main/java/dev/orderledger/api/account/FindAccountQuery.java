package dev.orderledger.api.account;

import dev.orderledger.api.security.Actor;

/**
 * Asks for one account's {@link AccountBalance}. Its owner, admins and finance see it; for anyone
 * else, as for an account that was never opened, the answer is empty.
 */
public record FindAccountQuery(AccountId accountId, Actor requester) {
}
