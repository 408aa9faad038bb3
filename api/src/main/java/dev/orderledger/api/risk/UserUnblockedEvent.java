package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A user's block was lifted. */
@Revision("1")
public record UserUnblockedEvent(UserId userId, UserId by, String reason, Instant at) {
}
