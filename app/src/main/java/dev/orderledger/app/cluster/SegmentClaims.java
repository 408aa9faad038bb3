package dev.orderledger.app.cluster;

import org.axonframework.common.DateTimeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Reads who is in the cluster and who holds what, from the shared database, by the database's clock: the
 * live nodes are those that renewed their machine-id lease ({@link MachineIdLease}, every tenth of
 * {@code ledger.cluster.lease}) within two renewals, so a node that died stops counting within seconds, long
 * before its lease runs out; a claim on a segment is current while its owner renewed it within Axon's claim
 * timeout.
 */
@Component
public class SegmentClaims {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NodeName self;
    private final Duration lease;
    private final Duration claimTimeout;

    SegmentClaims(JdbcClient jdbc, Clock clock, NodeName self, @Value("${ledger.cluster.lease:PT30S}") Duration lease,
                  @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.self = self;
        this.lease = lease;
        this.claimTimeout = claimTimeout;
    }

    public ClusterStatus now() {
        var nodes = jdbc.sql("""
                        SELECT machine_id, node, acquired_at, renewed_at FROM node_lease
                        WHERE renewed_at >= now() - make_interval(secs => ?) ORDER BY machine_id""")
                .param(MachineIdLease.heartbeat(lease).multipliedBy(2).toMillis() / 1000.0)
                .query((row, number) -> new ClusterStatus.Node(row.getInt("machine_id"), row.getString("node"),
                        row.getTimestamp("acquired_at").toInstant(), row.getTimestamp("renewed_at").toInstant()))
                .list();
        // Axon's token store keeps a claim's time, by the claiming node's clock, as text in one fixed format,
        // which orders as time does
        String stale = DateTimeUtils.formatInstant(clock.instant().minus(claimTimeout));
        var claims = jdbc.sql("""
                        SELECT processorname, segment, CASE WHEN timestamp >= ? THEN owner END AS owner
                        FROM tokenentry WHERE processorname NOT LIKE '\\_\\_%' ORDER BY processorname, segment""")
                .param(stale)
                .query((row, number) -> new ClusterStatus.Claim(row.getString("processorname"), row.getInt("segment"),
                        row.getString("owner")))
                .list();
        return new ClusterStatus(self.value(), nodes, claims);
    }
}
