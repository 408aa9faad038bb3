package dev.orderledger.api.operations;

/**
 * Asks for the first {@code limit} dead letters of a projection, sequence by sequence, oldest first within
 * each, answered with {@link DeadLetters}; an unknown projection is not found.
 */
public record FindDeadLettersQuery(String projection, int limit) {
}
