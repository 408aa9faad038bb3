package dev.orderledger.app.cluster;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentBalancerTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @Test
    void aNodeHoldingEverySegmentReleasesAllButItsShareOneOfEachProcessorTheMultiSegmentOnesFirst() {
        ClusterStatus cluster = new ClusterStatus("a", nodes("a", "b"), List.of(
                claim("order-views", 0, "a"), claim("account-views", 0, "a"), claim("PaymentSagaProcessor", 0, "a"),
                claim("PaymentSagaProcessor", 1, "a"), claim("FulfillmentSagaProcessor", 0, "a"),
                claim("FulfillmentSagaProcessor", 1, "a"), claim("notifications", 0, "a")));

        List<ClusterStatus.Claim> released = SegmentBalancer.toRelease(cluster, "a");

        // seven segments over two nodes: a keeps four
        assertThat(released).containsExactly(claim("FulfillmentSagaProcessor", 1, "a"),
                claim("PaymentSagaProcessor", 1, "a"), claim("account-views", 0, "a"));
        assertThat(SegmentBalancer.toRelease(cluster, "b")).isEmpty();
    }

    @Test
    void nothingIsReleasedWhileASegmentHasNoOwner() {
        ClusterStatus unsettled = new ClusterStatus("a", nodes("a", "b"), List.of(claim("order-views", 0, "a"),
                claim("account-views", 0, "a"), claim("notifications", 0, "a"), claim("PaymentSagaProcessor", 0, null)));

        assertThat(SegmentBalancer.toRelease(unsettled, "a")).isEmpty();
    }

    @Test
    void aNodeAtOrBelowItsShareOrAloneReleasesNothing() {
        List<ClusterStatus.Claim> claims = List.of(claim("order-views", 0, "a"), claim("account-views", 0, "b"),
                claim("PaymentSagaProcessor", 0, "a"), claim("PaymentSagaProcessor", 1, "b"));

        assertThat(SegmentBalancer.toRelease(new ClusterStatus("a", nodes("a", "b"), claims), "a")).isEmpty();
        assertThat(SegmentBalancer.toRelease(new ClusterStatus("a", nodes("a"), List.of(claim("order-views", 0, "a"),
                claim("account-views", 0, "a"))), "a")).isEmpty();
    }

    private static List<ClusterStatus.Node> nodes(String... names) {
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> new ClusterStatus.Node(i + 1, names[i], NOW, NOW)).toList();
    }

    private static ClusterStatus.Claim claim(String processor, int segment, String owner) {
        return new ClusterStatus.Claim(processor, segment, owner);
    }
}
