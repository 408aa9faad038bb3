package dev.orderledger.app.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentAggregatesTest {

    private static final Function<String, Optional<Long>> NO_EVENTS = id -> Optional.empty();

    /** The smallest aggregate there is. */
    static class Thing {
    }

    @Test
    void anAggregateIsTakenFromTheCacheOnlyWhileTheStoreHasNothingNewerForIt() {
        Map<String, Long> lastInStore = new HashMap<>();
        RecentAggregates cache = new RecentAggregates(10, id -> Optional.ofNullable(lastInStore.get(id)));
        EventSourcedAggregate<Thing> thing = EventSourcedAggregate.initialize(new Thing(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Thing.class), SimpleEventBus.builder().build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        cache.put("thing-1", new AggregateCacheEntry<>(thing));

        assertThat(cache.<String, Object>get("thing-1")).as("the store has what the cache has").isNotNull();

        lastInStore.put("thing-1", 0L);

        assertThat(cache.<String, Object>get("thing-1")).as("another writer appended an event").isNull();
        assertThat(cache.containsKey("thing-1")).isFalse();
    }

    @Test
    void theLeastRecentlyUsedAggregateLeavesWhenTheCacheIsFull() {
        RecentAggregates cache = new RecentAggregates(2, NO_EVENTS);
        cache.put("a", "A");
        cache.put("b", "B");
        assertThat((String) cache.get("a")).isEqualTo("A");

        cache.put("c", "C");

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat((String) cache.get("c")).isEqualTo("C");
    }

    @Test
    void anEntryStaysUntilRemovedHoweverManyCollectionsRun() {
        RecentAggregates cache = new RecentAggregates(10, NO_EVENTS);
        cache.put("order-1", new StringBuilder("aggregate"));

        System.gc();

        assertThat(cache.<String, StringBuilder>get("order-1")).hasToString("aggregate");
        assertThat(cache.remove("order-1")).isTrue();
        assertThat(cache.<String, Object>get("order-1")).isNull();
        assertThat(cache.remove("order-1")).isFalse();
    }

    @Test
    void putIfAbsentKeepsTheEntryThatIsThere() {
        RecentAggregates cache = new RecentAggregates(10, NO_EVENTS);

        assertThat(cache.putIfAbsent("k", "first")).isTrue();
        assertThat(cache.putIfAbsent("k", "second")).isFalse();
        assertThat(cache.computeIfAbsent("k", () -> "third")).isEqualTo("first");
        cache.<String>computeIfPresent("k", value -> value + "!");

        assertThat((String) cache.get("k")).isEqualTo("first!");
    }

    @Test
    void listenersHearWhatHappensToEntries() {
        RecentAggregates cache = new RecentAggregates(1, NO_EVENTS);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.remove("b");

        assertThat(heard).containsExactly("created a", "updated a", "expired a", "created b", "removed b");
    }

    @Test
    void aCacheHoldsAtLeastOneAggregate() {
        assertThatThrownBy(() -> new RecentAggregates(0, NO_EVENTS)).isInstanceOf(IllegalArgumentException.class);
    }
}
