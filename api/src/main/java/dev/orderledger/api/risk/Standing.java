package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;

import java.time.Instant;
import java.util.List;

/** Whether a user is blocked now, and the history of their blocks (oldest first). */
public record Standing(UserId userId, boolean blocked, List<Change> history) {

    public Standing {
        history = List.copyOf(history);
    }

    /**
     * The id of a user's standing stream: {@code standing:<userId>}, because the user id alone names their
     * points already, and an event store holds one stream per id.
     */
    public static String streamOf(UserId userId) {
        return "standing:" + userId.value();
    }

    /** One block or unblock: which, by whom, why, when. */
    public record Change(boolean blocked, UserId by, String reason, Instant at) {
    }
}
