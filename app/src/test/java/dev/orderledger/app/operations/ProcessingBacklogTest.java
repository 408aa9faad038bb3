package dev.orderledger.app.operations;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessingBacklogTest {

    private final Map<String, OptionalLong> positions = new HashMap<>();
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong headReads = new AtomicLong();
    private long nanos = 42_000_000_000L;
    private final ProcessingBacklog backlog = new ProcessingBacklog(
            (group, head) -> positions.getOrDefault(group, OptionalLong.empty()),
            () -> {
                headReads.incrementAndGet();
                return head.get();
            },
            () -> nanos);

    @Test
    void theBacklogIsHowFarTheSlowestProcessorOfTheOrderFlowIsBehindTheHead() {
        head.set(1_000);
        positions.put("PlacementSagaProcessor", OptionalLong.of(990));
        positions.put("PaymentSagaProcessor", OptionalLong.of(700));
        positions.put("order-views", OptionalLong.of(950));
        positions.put("product-search", OptionalLong.of(10));

        assertThat(backlog.events()).as("product search is not on an order's path").isEqualTo(300);
    }

    @Test
    void aProcessorThisInstanceDoesNotRunAddsNothing() {
        head.set(1_000);
        positions.put("order-views", OptionalLong.of(995));

        assertThat(backlog.events()).isEqualTo(5);
    }

    @Test
    void theHeadIsReadAtMostEveryTenthOfASecond() {
        head.set(100);
        positions.put("order-views", OptionalLong.of(100));
        assertThat(backlog.events()).isZero();

        head.set(500);
        nanos += TimeUnit.MILLISECONDS.toNanos(ProcessingBacklog.REFRESH_MILLIS) - 1;
        assertThat(backlog.events()).as("still the last measure").isZero();
        nanos += 1;
        assertThat(backlog.events()).isEqualTo(400);
        assertThat(headReads.get()).isEqualTo(2);
    }
}
