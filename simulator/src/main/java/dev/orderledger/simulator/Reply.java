package dev.orderledger.simulator;

/** How a simulated partner answers a request: it took it, it refused it, or its reply got lost. */
public sealed interface Reply<T> {

    /** Taken, unless the scenario loses the reply. */
    static <T> Reply<T> taken(T value, boolean first, boolean replyLost) {
        return replyLost ? new Lost<>() : new Taken<>(value, first);
    }

    /** Taken (now, or before when {@code first} is false); {@code value} is the partner's record of it. */
    record Taken<T>(T value, boolean first) implements Reply<T> {
    }

    /** Refused at request time; nothing was done. */
    record Declined<T>(String reason) implements Reply<T> {
    }

    /** Done, but the answer never reaches the caller (a gateway timeout). */
    record Lost<T>() implements Reply<T> {
    }
}
