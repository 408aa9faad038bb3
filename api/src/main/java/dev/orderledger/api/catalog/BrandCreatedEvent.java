package dev.orderledger.api.catalog;

import org.axonframework.serialization.Revision;

/** A brand exists. */
@Revision("1")
public record BrandCreatedEvent(BrandId brandId, String name) {
}
