package dev.orderledger.saga.partner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedPoolTest {

    private final BoundedPool pool = new BoundedPool("test-pool", 1, 1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void letGo() {
        release.countDown();
        pool.shutdown();
    }

    @Test
    void aCallRunsOnOneOfThePoolsOwnThreads() {
        CompletableFuture<String> ran = pool.call(() -> Thread.currentThread().getName(), IllegalStateException::new);

        assertThat(ran.join()).isEqualTo("test-pool-1");
    }

    @Test
    void aCallIsRefusedAtOnceWhenEveryThreadIsBusyAndTheQueueIsFull() {
        pool.call(this::waitForRelease, IllegalStateException::new);
        pool.call(this::waitForRelease, IllegalStateException::new);

        CompletableFuture<String> third = pool.call(() -> "never", full -> new IllegalStateException("pool full", full));

        assertThatThrownBy(third::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("pool full");
    }

    private String waitForRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }
}
