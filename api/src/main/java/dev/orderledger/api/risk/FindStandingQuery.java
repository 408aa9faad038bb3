package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;

/** A user's standing: whether they are blocked, and every block and unblock with who and why. Answered with {@link Standing}. */
public record FindStandingQuery(UserId userId) {
}
