package dev.orderledger.api.catalog;

import org.axonframework.serialization.Revision;

/** A brand exists. */
@Revision("1")
public record BrandCreatedEvent(String brandId, String name) {
}
