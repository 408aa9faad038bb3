package dev.orderledger.app.cluster;

import java.time.Instant;
import java.util.List;

/**
 * The nodes of one database and who holds what: each live node (its machine id's lease) and each segment
 * of each processor with the node that claims it ({@code owner}: null while nobody does, as after a node
 * died and before another claimed it). {@code self} is the node that answered.
 */
public record ClusterStatus(String self, List<Node> nodes, List<Claim> claims) {

    /** A node holding a machine id's lease: since when, and when it last renewed it. */
    public record Node(int machineId, String name, Instant since, Instant renewedAt) {
    }

    /** One segment of one processor, and the node whose claim on it is current (or null). */
    public record Claim(String processor, int segment, String owner) {
    }

    /** How many segments this node claims. */
    public long claimedBy(String node) {
        return claims.stream().filter(claim -> node.equals(claim.owner())).count();
    }
}
