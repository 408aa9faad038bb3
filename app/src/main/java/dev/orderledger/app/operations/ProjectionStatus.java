package dev.orderledger.app.operations;

import dev.orderledger.app.axon.ProcessorFailures;

/**
 * Where a projection stands: running or not, replaying (rebuilding: it has not reached the store's
 * head since its reset) or not, in error (a batch of
 * events is failing and being retried; {@code failing} names its first event, the attempts so far
 * and the cause), the event store position it has reached here and the store's head, how many
 * events it is {@code behind}, how many events wait in its dead-letter queue, and {@code heldBy}: the node
 * that processes it when that is another node (ADR 0028; its position is known there, so null here).
 */
public record ProjectionStatus(String name, boolean running, boolean replaying, boolean inError, Long position,
                               long head, Long behind, long deadLetters, ProcessorFailures.Failing failing,
                               String heldBy) {
}
