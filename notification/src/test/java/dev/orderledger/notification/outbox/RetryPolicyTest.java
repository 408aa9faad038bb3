package dev.orderledger.notification.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(10), Duration.ofMinutes(1));

    @Test
    void theCeilingDoublesFromTheBaseAfterEachFailureUpToTheMaximum() {
        assertThat(policy.ceilingAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.ceilingAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.ceilingAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.ceilingAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.ceilingAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.ceilingAfter(1_000)).as("no overflow far out").isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void everyWaitLiesBetweenZeroAndItsCeiling() {
        Random random = new Random(42);
        for (int failed = 1; failed < policy.maxAttempts(); failed++) {
            for (int draw = 0; draw < 200; draw++) {
                Duration wait = policy.delayAfter(failed, random).orElseThrow();
                assertThat(wait).isBetween(Duration.ZERO, policy.ceilingAfter(failed));
            }
        }
    }

    @Test
    void theWaitsAreSpreadSoThatDeliveriesFailingTogetherDoNotComeBackTogether() {
        Random random = new Random(7);
        Set<Duration> waits = new HashSet<>();
        for (int draw = 0; draw < 100; draw++) {
            waits.add(policy.delayAfter(3, random).orElseThrow());
        }
        assertThat(waits).hasSizeGreaterThan(90);
        assertThat(waits.stream().mapToLong(Duration::toMillis).max().orElseThrow()).isGreaterThan(30_000);
        assertThat(waits.stream().mapToLong(Duration::toMillis).min().orElseThrow()).isLessThan(10_000);
    }

    @Test
    void noWaitIsLeftOnceTheAttemptsAreSpent() {
        Random random = new Random(1);
        assertThat(policy.delayAfter(5, random)).isPresent();
        assertThat(policy.delayAfter(6, random)).isEqualTo(Optional.empty());
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1, random)).isEmpty();
    }

    @Test
    void settingsThatCannotScheduleAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("base-delay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1))).hasMessageContaining("max-delay");
    }
}
