package dev.orderledger.query.consistency;

import dev.orderledger.api.common.ConsistencyToken;

import java.time.Duration;

/** A read asked to see a write, and a projection it reads had not processed that write in time. */
public class ReadModelBehind extends RuntimeException {

    public ReadModelBehind(String processingGroup, ConsistencyToken token, Duration waited) {
        super("the " + processingGroup + " read model has not reached consistency token " + token + " after "
                + waited.toMillis() + " ms; read again shortly, or read without the token to see it as it is");
    }
}
