package dev.orderledger.app.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The order-id machine id ({@code ledger.order-id.machine-id}) is this node's alone while it runs: at start
 * the node takes the id's lease in the shared database, renews it every tenth of
 * {@code ledger.cluster.lease} (the renewals are also the node's heartbeat), and gives it back when it
 * stops. Times are the database's, so the nodes' clocks need not agree. A node whose id another live node holds
 * refuses to start ({@link MachineIdTaken}); a node that finds its lease taken over (it stalled past the
 * lease) stops at once, since two nodes making ids with one machine id could make the same order id. A node
 * killed without giving its lease back is its own successor: the same node name (host, port and data
 * directory, or {@code ledger.cluster.node-name}) takes it again at once; another node waits for the lease
 * to run out.
 */
@Component
class MachineIdLease implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MachineIdLease.class);

    private final JdbcTemplate jdbc;
    private final ApplicationContext context;
    private final int machineId;
    private final String node;
    private final Duration lease;
    private ScheduledExecutorService renewals;
    private volatile boolean running;

    MachineIdLease(JdbcTemplate jdbc, ApplicationContext context, NodeName node,
                   @Value("${ledger.order-id.machine-id:0}") int machineId,
                   @Value("${ledger.cluster.lease:PT30S}") Duration lease) {
        this.jdbc = jdbc;
        this.context = context;
        this.machineId = machineId;
        this.node = node.value();
        this.lease = lease;
    }

    /** Takes the lease before anything else starts (the processors, the web server). */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    @Override
    public void start() {
        if (!take()) {
            List<String> holder = jdbc.queryForList("SELECT node || ' (renewed ' || renewed_at || ')' FROM node_lease WHERE machine_id = ?",
                    String.class, machineId);
            throw new MachineIdTaken(machineId, node, holder.isEmpty() ? "another node" : holder.get(0));
        }
        log.info("Node {} holds order-id machine id {} (lease {})", node, machineId, lease);
        running = true;
        renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "machine-id-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, heartbeat(lease).toMillis());
        renewals.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes or renews the lease: free, this node's own (its namesake's, after a kill or in a second context of
     * one process), or run out. Answers false when another node holds it.
     */
    private boolean take() {
        return !jdbc.queryForList("""
                INSERT INTO node_lease AS held (machine_id, node, acquired_at, renewed_at) VALUES (?, ?, now(), now())
                ON CONFLICT (machine_id) DO UPDATE SET node = EXCLUDED.node, renewed_at = EXCLUDED.renewed_at,
                    acquired_at = CASE WHEN held.node = EXCLUDED.node THEN held.acquired_at ELSE EXCLUDED.acquired_at END
                WHERE held.node = EXCLUDED.node OR held.renewed_at < now() - make_interval(secs => ?)
                RETURNING node""", String.class, machineId, node, lease.toMillis() / 1000.0).isEmpty();
    }

    /**
     * How often a node renews its lease: a tenth of it (3 s of the default 30 s), so that the others can tell
     * a live node from a dead one ({@link SegmentClaims}) well before its lease runs out.
     */
    static Duration heartbeat(Duration lease) {
        return lease.dividedBy(10);
    }

    /** Renews the lease; stops the node when another node holds it. */
    private void renew() {
        try {
            if (!take() && running) {
                log.error("Node {} lost order-id machine id {} to another node: it stops, so that no order id is made twice",
                        node, machineId);
                running = false;
                new Thread(() -> System.exit(SpringApplication.exit(context, () -> 3)), "machine-id-lost").start();
            }
        } catch (RuntimeException unavailable) {
            log.warn("Could not renew the lease of machine id {}: {}", machineId, unavailable.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        if (renewals != null) {
            renewals.shutdownNow();
        }
        try {
            jdbc.update("DELETE FROM node_lease WHERE machine_id = ? AND node = ?", machineId, node);
        } catch (RuntimeException unavailable) {
            log.warn("Could not give back machine id {}: {}", machineId, unavailable.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
