package dev.orderledger.app.cluster;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two nodes never make order ids with one machine id: the lease in the shared database. */
class MachineIdLeaseIT extends LedgerIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private MachineIdLease node(String name, int machineId) {
        return new MachineIdLease(jdbc, context, new NodeName(name, 0, "var"), machineId, LEASE);
    }

    @Test
    void aSecondNodeWithTheSameMachineIdRefusesToStartAndSaysWhy() {
        MachineIdLease first = node("node-a", 41);
        first.start();
        try {
            assertThatThrownBy(() -> node("node-b", 41).start())
                    .isInstanceOf(MachineIdTaken.class)
                    .hasMessageContaining("machine id 41 is held by node-a")
                    .satisfies(taken -> {
                        FailureAnalysis analysis = new MachineIdTakenFailureAnalyzer().analyze(taken);
                        assertThat(analysis.getAction()).contains("--ledger.order-id.machine-id");
                    });
            MachineIdLease other = node("node-b", 42);
            other.start();
            other.stop();
        } finally {
            first.stop();
        }
        MachineIdLease afterwards = node("node-b", 41);
        afterwards.start();
        afterwards.stop();
    }

    @Test
    void aKilledNodeTakesItsOwnLeaseAgainAtOnceAndAnotherNodeOnceItRanOut() {
        killedHolding(43, "node-c", Duration.ZERO);
        MachineIdLease restarted = node("node-c", 43);
        restarted.start();
        try {
            assertThatThrownBy(() -> node("node-d", 43).start()).isInstanceOf(MachineIdTaken.class);
        } finally {
            restarted.stop();
        }

        killedHolding(44, "node-c", LEASE.plusSeconds(1));
        MachineIdLease successor = node("node-d", 44);
        successor.start();
        assertThat(jdbc.queryForObject("SELECT node FROM node_lease WHERE machine_id = 44", String.class)).isEqualTo("node-d");
        successor.stop();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM node_lease WHERE machine_id = 44", Long.class)).isZero();
    }

    /** A node killed this long ago, holding the machine id: it never gave its lease back. */
    private void killedHolding(int machineId, String node, Duration ago) {
        jdbc.update("INSERT INTO node_lease (machine_id, node, acquired_at, renewed_at) VALUES (?, ?, now(), now() - ?::interval)",
                machineId, node, ago.toSeconds() + " seconds");
    }
}
