package dev.orderledger.api.catalog;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The category's attributes changed. */
@Revision("1")
public record CategoryAttributesSetEvent(CategoryId categoryId, List<AttributeId> attributeIds) {
}
