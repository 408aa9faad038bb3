package dev.orderledger.api.product;

/** One attribute of an item or SKU as the seller writes it: which attribute, its name, its value. */
public record Attribute(String attributeId, String attributeName, String value) {
}
