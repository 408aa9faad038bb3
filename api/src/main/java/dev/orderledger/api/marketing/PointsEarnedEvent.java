package dev.orderledger.api.marketing;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Points were credited. */
@Revision("1")
public record PointsEarnedEvent(String userId, long points, String reference, long balance, Instant at) {
}
