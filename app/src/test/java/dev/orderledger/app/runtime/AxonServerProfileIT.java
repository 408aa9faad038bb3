package dev.orderledger.app.runtime;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.axon.AxonServerUnreachable;
import dev.orderledger.app.support.LedgerClient;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code axonserver} profile moves the event store and message routing to Axon Server. No
 * Axon Server runs on these machines, so this checks the wiring and that health reports the
 * missing server, not a round trip through it (docker-compose.yml runs the real thing).
 */
// its own application context: closed after the class, so that only one ledger runs processes against the shared database
@org.springframework.test.annotation.DirtiesContext
class AxonServerProfileIT {

    /**
     * A node of its own on the shared database, beside the shared context's node (LedgerIntegrationTest): under
     * the same name both would claim the same segments, and stopping this one would release the other's claims.
     */
    private static final String NODE_NAME = "--ledger.cluster.node-name=axonserver-profile-it";
    private static final String MACHINE_ID = "--ledger.order-id.machine-id=62";

    @Test
    void theAxonServerProfileRoutesEventsCommandsAndQueriesThroughAxonServer() {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(OrderLedgerApplication.class)
                .run("--spring.profiles.active=axonserver,dev", "--server.port=0", NODE_NAME, MACHINE_ID,
                        "--axon.axonserver.servers=127.0.0.1:1", "--ledger.axonserver.require-connection=false")) {
            assertThat(ledger.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(ledger.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(ledger.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);

            LedgerClient api = new LedgerClient(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
            LedgerClient.Response health = api.get("/actuator/health").send();
            assertThat(health.at("/components/axonServer/status")).isEqualTo("DOWN");
            assertThat(health.at("/components/db/status")).isEqualTo("UP");
        }
    }

    @Test
    void aNodeOnTheAxonServerProfileDoesNotStartWhenNoAxonServerAnswersAndSaysWhere() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(OrderLedgerApplication.class)
                .run("--spring.profiles.active=axonserver,dev", "--server.port=0", NODE_NAME, MACHINE_ID,
                        "--axon.axonserver.servers=127.0.0.1:1", "--ledger.axonserver.connect-timeout=PT2S").close())
                .rootCause().isInstanceOf(AxonServerUnreachable.class)
                .hasMessageContaining("no Axon Server answered at 127.0.0.1:1");
    }
}
