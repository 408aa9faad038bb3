package dev.orderledger.notification.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How an outbox retries (seed 004, practice 1): at most {@code maxAttempts} attempts; after the n-th
 * failed one the next waits a random time between zero and {@code min(maxDelay, baseDelay × 2^(n-1))}
 * (exponential back-off with full jitter), so that many deliveries failing at once, on one node or
 * several, do not come back at once.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1, not " + maxAttempts);
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("base-delay must be positive and max-delay at least base-delay: "
                    + baseDelay + ", " + maxDelay);
        }
    }

    /**
     * The wait after this many failed attempts (1 for the first), or empty when none is left: the
     * delivery has failed.
     */
    public Optional<Duration> delayAfter(int failedAttempts, RandomGenerator random) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = ceilingAfter(failedAttempts).toMillis();
        return Optional.of(Duration.ofMillis(random.nextLong(ceiling + 1)));
    }

    /** The longest wait after this many failed attempts: the base doubled each time, up to the maximum. */
    public Duration ceilingAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 62));
        long base = baseDelay.toMillis();
        long max = maxDelay.toMillis();
        return Duration.ofMillis(base > (max >> doublings) ? max : Math.min(max, base << doublings));
    }
}
