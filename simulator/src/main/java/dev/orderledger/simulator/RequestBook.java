package dev.orderledger.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * A simulated partner's record of the requests it took, by idempotency key. A request is opened once;
 * its record only moves forward (a late, reordered notice never takes a final state back).
 */
public final class RequestBook<V> {

    private final Map<String, V> byKey = new ConcurrentHashMap<>();
    private final ToIntFunction<V> progress;

    /** @param progress how far a record is; a record replaces another only when it is at least as far */
    public RequestBook(ToIntFunction<V> progress) {
        this.progress = progress;
    }

    /** @return true when the key is new and this is now its record, false when it was taken before */
    public boolean open(String key, V record) {
        return byKey.putIfAbsent(key, record) == null;
    }

    public void advance(String key, V next) {
        byKey.merge(key, next, (current, candidate) ->
                progress.applyAsInt(candidate) >= progress.applyAsInt(current) ? candidate : current);
    }

    public Optional<V> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
