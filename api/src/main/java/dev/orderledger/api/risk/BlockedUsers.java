package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;

import java.time.Instant;
import java.util.List;

/** A page of the users blocked now, and how many are blocked in all. */
public record BlockedUsers(List<Blocked> items, long total) {

    public BlockedUsers {
        items = List.copyOf(items);
    }

    /** A blocked user: by whom, why and when their block began. */
    public record Blocked(UserId userId, UserId by, String reason, Instant at) {
    }
}
