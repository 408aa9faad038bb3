package dev.orderledger.api.risk;

/** Asks for the users blocked now, the latest blocked first, answered with a {@link BlockedUsers} page. */
public record FindBlockedUsersQuery(int page, int size) {
}
