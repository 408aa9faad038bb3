package dev.orderledger.api.risk;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A user was blocked: from now their placements, checkouts and payments are refused, and their unpaid orders cancelled. */
@Revision("1")
public record UserBlockedEvent(UserId userId, UserId by, String reason, Instant at) {
}
