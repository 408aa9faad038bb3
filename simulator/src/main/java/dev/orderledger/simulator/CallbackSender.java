package dev.orderledger.simulator;

import java.util.concurrent.CompletableFuture;

/** Delivers one callback of a simulated partner; completes when it was delivered or given up on. */
@FunctionalInterface
public interface CallbackSender {

    CompletableFuture<?> send(Object notice);
}
