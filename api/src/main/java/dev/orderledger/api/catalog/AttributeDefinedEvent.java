package dev.orderledger.api.catalog;

import org.axonframework.serialization.Revision;

import java.util.List;

/** An attribute exists. */
@Revision("1")
public record AttributeDefinedEvent(AttributeId attributeId, String name, AttributeKind kind, List<String> allowedValues) {
}
