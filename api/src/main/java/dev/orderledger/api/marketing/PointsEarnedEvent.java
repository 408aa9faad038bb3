package dev.orderledger.api.marketing;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Points were credited. */
@Revision("1")
public record PointsEarnedEvent(UserId userId, long points, String reference, long balance, Instant at) {
}
