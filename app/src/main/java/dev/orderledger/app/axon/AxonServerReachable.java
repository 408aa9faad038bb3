package dev.orderledger.app.axon;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * With the {@code axonserver} profile the ledger's events, commands and queries go through Axon Server: a
 * node that cannot reach it could take no order, so it does not start. Before the node is ready it waits
 * up to {@code ledger.axonserver.connect-timeout} for the connection to the configured servers, before Axon
 * starts its processors, and fails
 * with {@link AxonServerUnreachable}, naming them, when none answers. {@code ledger.axonserver.require-connection=false}
 * starts without (the health endpoint then reports Axon Server down).
 */
@Component
@Profile("axonserver")
@ConditionalOnProperty(name = "ledger.axonserver.require-connection", havingValue = "true", matchIfMissing = true)
class AxonServerReachable implements SmartLifecycle {

    private final AxonServerConnectionManager connections;
    private final AxonServerConfiguration configuration;
    private final Duration timeout;
    private volatile boolean running;

    AxonServerReachable(AxonServerConnectionManager connections, AxonServerConfiguration configuration,
                        @Value("${ledger.axonserver.connect-timeout:PT15S}") Duration timeout) {
        this.connections = connections;
        this.configuration = configuration;
        this.timeout = timeout;
    }

    /** Before Axon starts its processors and buses (which would wait on the server instead), after the machine-id lease. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 2000;
    }

    @Override
    public void start() {
        String context = connections.getDefaultContext();
        connections.getConnection(context);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!connections.isConnected(context)) {
            if (System.nanoTime() > deadline) {
                throw new AxonServerUnreachable(configuration.getServers(), context, timeout);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
