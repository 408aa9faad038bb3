package dev.orderledger.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Defines an attribute (basic or sales) and, optionally, the values it allows. */
public record DefineAttributeCommand(@TargetAggregateIdentifier AttributeId attributeId, String name, AttributeKind kind, List<String> allowedValues) {
}
