package dev.orderledger.app.axon;

import java.util.List;

/** Where events are in the event store: what a consistency token and a processor's lag are measured in. */
public interface EventPositions {

    /** The position of the last of these events; of the store's head when there are none or they are not found (0 for an empty store). */
    long lastOf(List<String> eventIds);
}
