package dev.orderledger.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Says which attributes items of this category have. */
public record SetCategoryAttributesCommand(@TargetAggregateIdentifier CategoryId categoryId, List<AttributeId> attributeIds) {
}
