package dev.orderledger.app.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Shares the processors' segments among the live nodes ({@link SegmentClaims}). Every node's processors claim any segment nobody
 * holds, so the node that starts first would hold them all; every {@code ledger.cluster.balance-interval} a
 * node that holds more than its share (all segments of all processors over the live nodes, rounded up)
 * releases the difference for twice that interval, and the others, holding less, claim them. It releases
 * one segment of each processor before a second of any, those of processors with several segments first,
 * so that the busy processes are worked on by every node. A released segment nobody claims comes back to its node
 * after the release, so a node that is short of peers never leaves work undone for long.
 * <p>
 * Nothing is released while any segment has no current owner: segments released before are not claimed
 * yet, or a node died and its claims have not lapsed (Axon's claim timeout) and been taken by the others;
 * balancing waits for the cluster to settle. With one live node, nothing is ever released.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final SegmentClaims claims;
    private final EventProcessingConfiguration processing;
    private final String self;
    private final Duration interval;
    private ScheduledExecutorService rounds;
    private volatile boolean running;

    SegmentBalancer(SegmentClaims claims, EventProcessingConfiguration processing, NodeName self,
                    @Value("${ledger.cluster.balance-interval:PT10S}") Duration interval) {
        this.claims = claims;
        this.processing = processing;
        this.self = self.value();
        this.interval = interval;
    }

    @Override
    public void start() {
        running = true;
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleWithFixedDelay(this::balance, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void balance() {
        try {
            ClusterStatus cluster = claims.now();
            for (ClusterStatus.Claim claim : toRelease(cluster, self)) {
                processing.eventProcessor(claim.processor(), StreamingEventProcessor.class).ifPresent(processor -> {
                    log.info("Node {} releases segment {} of {} for another node ({} live nodes)", self, claim.segment(),
                            claim.processor(), cluster.nodes().size());
                    processor.releaseSegment(claim.segment(), interval.toMillis() * 2, TimeUnit.MILLISECONDS);
                });
            }
        } catch (RuntimeException unavailable) {
            log.warn("Could not balance the processors' segments: {}", unavailable.toString());
        }
    }

    /** The claims a node holds beyond its share, the ones it should release first, first. */
    static List<ClusterStatus.Claim> toRelease(ClusterStatus cluster, String node) {
        int nodes = Math.max(1, cluster.nodes().size());
        int share = (cluster.claims().size() + nodes - 1) / nodes;
        List<ClusterStatus.Claim> held = cluster.claims().stream().filter(claim -> node.equals(claim.owner())).toList();
        boolean settled = cluster.claims().stream().allMatch(claim -> claim.owner() != null);
        if (held.size() <= share || !settled) {
            return List.of();
        }
        Map<String, Long> segmentsOf = cluster.claims().stream()
                .collect(Collectors.groupingBy(ClusterStatus.Claim::processor, Collectors.counting()));
        // the n-th segment this node holds of its processor, from the last: one of each processor goes first
        Map<ClusterStatus.Claim, Integer> rank = new HashMap<>();
        held.stream().collect(Collectors.groupingBy(ClusterStatus.Claim::processor)).values().forEach(ofOne -> {
            List<ClusterStatus.Claim> lastFirst = ofOne.stream()
                    .sorted(Comparator.comparingInt(ClusterStatus.Claim::segment).reversed()).toList();
            for (int i = 0; i < lastFirst.size(); i++) {
                rank.put(lastFirst.get(i), i);
            }
        });
        return held.stream()
                .sorted(Comparator.<ClusterStatus.Claim>comparingInt(rank::get)
                        .thenComparing(Comparator.<ClusterStatus.Claim>comparingLong(claim -> segmentsOf.get(claim.processor())).reversed())
                        .thenComparing(ClusterStatus.Claim::processor))
                .limit(held.size() - share)
                .toList();
    }

    @Override
    public void stop() {
        running = false;
        if (rounds != null) {
            rounds.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
