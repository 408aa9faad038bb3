package dev.orderledger.api.operations;

import java.util.List;

/** The event store's head (its last global index) and each projection's state, by name. */
public record ProjectionsOverview(long head, List<ProjectionState> projections) {

    public ProjectionsOverview {
        projections = List.copyOf(projections);
    }
}
