package dev.orderledger.api.product;

import dev.orderledger.api.catalog.AttributeId;

/** One attribute of an item or SKU as the seller writes it: which attribute, its name, its value. */
public record Attribute(AttributeId attributeId, String attributeName, String value) {
}
