package dev.orderledger.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a brand. */
public record CreateBrandCommand(@TargetAggregateIdentifier BrandId brandId, String name) {
}
