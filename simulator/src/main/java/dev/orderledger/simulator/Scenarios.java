package dev.orderledger.simulator;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios a simulated partner follows: one per key (a request id, a refund id, a fulfillment
 * reference), so a test steers exactly its own request, and a default for every other key.
 */
public final class Scenarios<S> {

    private final S builtIn;
    private final Map<String, S> byKey = new ConcurrentHashMap<>();
    private volatile S fallback;

    public Scenarios(S builtIn) {
        this.builtIn = Objects.requireNonNull(builtIn);
        this.fallback = builtIn;
    }

    public S forKey(String key) {
        return byKey.getOrDefault(key, fallback);
    }

    public void set(String key, S scenario) {
        byKey.put(key, Objects.requireNonNull(scenario));
    }

    public void remove(String key) {
        byKey.remove(key);
    }

    public S fallback() {
        return fallback;
    }

    public void setFallback(S scenario) {
        fallback = Objects.requireNonNull(scenario);
    }

    /** Back to the built-in default. */
    public void resetFallback() {
        fallback = builtIn;
    }
}
