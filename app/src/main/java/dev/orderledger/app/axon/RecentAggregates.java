package dev.orderledger.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The aggregates of one type used last, held in memory up to a number of them (least recently used
 * out first), so that a command finds its aggregate loaded instead of replaying its snapshot and
 * events. Axon's weak-reference cache lost its entries at every garbage collection: under load, a
 * journal account with a long history was read back from the store for each transfer.
 * <p>
 * Axon's caching repository keeps the entries right for this process's own writes: it puts an
 * aggregate when its unit of work saves it and removes it when the unit of work rolls back. Another
 * process writing the same store (a second ledger node, or a second application context in the test
 * suite) would leave an entry behind the store, so an aggregate is taken from here only while the
 * store's last sequence number for it is the version it has; otherwise it is dropped and loaded
 * afresh. That costs one indexed lookup per load, instead of reading a snapshot and its events.
 */
final class RecentAggregates implements Cache {

    private final Map<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final Function<String, Optional<Long>> lastSequenceInStore;

    /**
     * @param capacity            how many aggregates it holds at most
     * @param lastSequenceInStore the sequence number of an aggregate's last event in the store (none when it has no event)
     */
    RecentAggregates(int capacity, Function<String, Optional<Long>> lastSequenceInStore) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an aggregate cache holds at least one aggregate, not " + capacity);
        }
        this.lastSequenceInStore = lastSequenceInStore;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                boolean full = size() > capacity;
                if (full) {
                    listeners.forEach(listener -> listener.onEntryExpired(eldest.getKey()));
                }
                return full;
            }
        };
    }

    /**
     * The cached value, if any; an aggregate only while the store has nothing newer for it. The store is
     * asked outside the cache's lock, so that loads of other aggregates of this type do not wait for it.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        V value;
        synchronized (this) {
            value = (V) entries.get(key);
        }
        if (value instanceof AggregateCacheEntry<?> cached && !currentInStore(key, cached)) {
            synchronized (this) {
                if (entries.get(key) == value) {
                    remove(key);
                }
            }
            return null;
        }
        if (value != null) {
            V read = value;
            listeners.forEach(listener -> listener.onEntryRead(key, read));
        }
        return value;
    }

    /** Whether the store has no event of the aggregate beyond (or short of) the cached version. */
    private boolean currentInStore(Object key, AggregateCacheEntry<?> cached) {
        // an entry made in this process holds its aggregate: recreating hands that back, reading nothing
        Long version = cached.recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE).version();
        return Objects.equals(version, lastSequenceInStore.apply(key.toString()).orElse(null));
    }

    @Override
    public synchronized void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        boolean updated = entries.put(key, value) != null;
        listeners.forEach(listener -> {
            if (updated) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (entries.containsKey(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object current = entries.get(key);
        if (current != null) {
            put(key, update.apply((V) current));
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public synchronized void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
