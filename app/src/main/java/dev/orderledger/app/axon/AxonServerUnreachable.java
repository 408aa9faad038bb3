package dev.orderledger.app.axon;

import java.time.Duration;

/** No Axon Server answered at the configured address: a ledger on the {@code axonserver} profile does not start. */
public class AxonServerUnreachable extends RuntimeException {

    AxonServerUnreachable(String servers, String context, Duration waited) {
        super("no Axon Server answered at " + servers + " (context " + context + ") within " + waited);
    }
}
