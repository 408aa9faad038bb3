package dev.orderledger.app.axon;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly that the configured Axon Server did not answer, and what to check. */
class AxonServerUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<AxonServerUnreachable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AxonServerUnreachable cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start Axon Server (docker-compose.yml runs one) or point axon.axonserver.servers (AXON_AXONSERVER_SERVERS) at it; "
                        + "or run without the axonserver profile, on the PostgreSQL event store.",
                cause);
    }
}
