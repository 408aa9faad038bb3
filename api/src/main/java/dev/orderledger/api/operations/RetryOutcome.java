package dev.orderledger.api.operations;

/** What a retry of a projection's dead letters did: sequences tried, sequences now handled, letters still parked. */
public record RetryOutcome(int sequences, int succeeded, long stillParked) {
}
