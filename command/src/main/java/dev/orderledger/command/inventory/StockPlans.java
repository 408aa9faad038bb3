package dev.orderledger.command.inventory;

import dev.orderledger.api.inventory.StockBucketsSetEvent;
import dev.orderledger.api.inventory.StockPlanId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * How many buckets a SKU's stock has, read from its plan's events without taking a lock (so that
 * buyers of one SKU do not meet on the plan): 1 for a SKU that was never marked hot, found by one
 * indexed lookup.
 */
@Component
class StockPlans {

    private final EventStore events;

    StockPlans(EventStore events) {
        this.events = events;
    }

    int bucketsOf(SkuRef sku) {
        String plan = StockPlanId.of(sku);
        if (events.lastSequenceNumberFor(plan).isEmpty()) {
            return 1;
        }
        return events.readEvents(plan).asStream().map(DomainEventMessage::getPayload)
                .filter(StockBucketsSetEvent.class::isInstance).map(StockBucketsSetEvent.class::cast)
                .reduce((first, second) -> second).map(StockBucketsSetEvent::buckets).orElse(1);
    }
}
