package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.BrandCreatedEvent;
import dev.orderledger.api.catalog.CreateBrandCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A brand items can carry. */
@Aggregate(cache = "aggregateCache")
class Brand {

    @AggregateIdentifier
    private BrandId brandId;
    private String name;

    Brand() {
        // for Axon
    }

    @CommandHandler
    Brand(CreateBrandCommand command) {
        apply(new BrandCreatedEvent(command.brandId(), command.name()));
    }

    String name() {
        return name;
    }

    @EventSourcingHandler
    void on(BrandCreatedEvent event) {
        brandId = event.brandId();
        name = event.name();
    }
}
