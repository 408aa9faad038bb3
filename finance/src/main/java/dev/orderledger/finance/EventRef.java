package dev.orderledger.finance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Where a replayed event was read: its position in the event store and its identifier. */
record EventRef(long globalIndex, String eventId) {

    static final Comparator<EventRef> IN_STORE_ORDER = Comparator.comparingLong(EventRef::globalIndex);

    /** The global indexes of these events, in store order. */
    static List<Long> indexesOf(Collection<EventRef> events) {
        return events.stream().sorted(IN_STORE_ORDER).map(EventRef::globalIndex).toList();
    }

    /** The identifiers of these events, in store order. */
    static List<String> idsOf(Collection<EventRef> events) {
        return events.stream().sorted(IN_STORE_ORDER).map(EventRef::eventId).toList();
    }
}
