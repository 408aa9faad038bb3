package dev.orderledger.simulator;

/**
 * How a simulated partner misbehaves with its callbacks, whatever the partner.
 *
 * @param duplicateCallbacks how many extra times the final callback is sent
 * @param reorder            the final callback goes first, before the ones that should precede it
 * @param dropCallbacks      no callback is sent at all; only a status query tells what happened
 */
public record CallbackKnobs(int duplicateCallbacks, boolean reorder, boolean dropCallbacks) {
}
