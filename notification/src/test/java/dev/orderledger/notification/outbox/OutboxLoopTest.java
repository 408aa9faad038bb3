package dev.orderledger.notification.outbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxLoopTest {

    /** An outbox in memory: what is due, what was delivered, and the most ever delivered at once. */
    private static final class Memory implements OutboxLoop.Outbox<Integer> {

        final Queue<Integer> due = new ConcurrentLinkedQueue<>();
        final List<Integer> delivered = new CopyOnWriteArrayList<>();
        final AtomicInteger atOnce = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        volatile CountDownLatch expected = new CountDownLatch(0);

        @Override
        public List<Integer> claimDue(int limit) {
            List<Integer> claimed = new ArrayList<>();
            Integer next;
            while (claimed.size() < limit && (next = due.poll()) != null) {
                claimed.add(next);
            }
            return claimed;
        }

        @Override
        public void deliver(Integer item) {
            mostAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            try {
                if (item < 0) {
                    throw new IllegalStateException("a receiver that blows up");
                }
                delivered.add(item);
            } finally {
                atOnce.decrementAndGet();
                expected.countDown();
            }
        }
    }

    private OutboxLoop<Integer> loop;

    @AfterEach
    void stop() {
        loop.stop();
    }

    @Test
    void aWakeSendsWhatIsDueWithoutWaitingForThePollAndNoMoreAtOnceThanThereAreSenders() throws InterruptedException {
        Memory outbox = new Memory();
        loop = new OutboxLoop<>("test", outbox, 2, Duration.ofHours(1));
        loop.start();

        outbox.expected = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            outbox.due.add(i);
        }
        loop.wake();

        assertThat(outbox.expected.await(10, TimeUnit.SECONDS)).as("delivered long before the hour's poll").isTrue();
        assertThat(outbox.delivered).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(outbox.mostAtOnce.get()).isBetween(1, 2);
    }

    @Test
    void aDeliveryThatThrowsDoesNotStopTheLoop() throws InterruptedException {
        Memory outbox = new Memory();
        loop = new OutboxLoop<>("test", outbox, 1, Duration.ofMillis(20));
        loop.start();

        outbox.expected = new CountDownLatch(2);
        outbox.due.add(-1);
        outbox.due.add(7);

        assertThat(outbox.expected.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outbox.delivered).containsExactly(7);
        assertThat(loop.isRunning()).isTrue();
    }
}
