package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.catalog.AttributeDefinedEvent;
import dev.orderledger.api.catalog.DefineAttributeCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An attribute items can have: basic (describes) or sales (picks a SKU), optionally with allowed values. */
@Aggregate(cache = "aggregateCache")
class AttributeDefinition {

    @AggregateIdentifier
    private AttributeId attributeId;

    AttributeDefinition() {
        // for Axon
    }

    @CommandHandler
    AttributeDefinition(DefineAttributeCommand command) {
        apply(new AttributeDefinedEvent(command.attributeId(), command.name(), command.kind(),
                command.allowedValues() == null ? List.of() : List.copyOf(command.allowedValues())));
    }

    @EventSourcingHandler
    void on(AttributeDefinedEvent event) {
        attributeId = event.attributeId();
    }
}
