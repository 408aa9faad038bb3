package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;

import java.time.Instant;
import java.util.List;

/** Whether a user is blocked now, and the history of their blocks (oldest first). */
public record Standing(UserId userId, boolean blocked, List<Change> history) {

    public Standing {
        history = List.copyOf(history);
    }

    /** One block or unblock: which, by whom, why, when. */
    public record Change(boolean blocked, UserId by, String reason, Instant at) {
    }
}
