package dev.orderledger.api.product;

import org.axonframework.serialization.Revision;

/** The item can now be found and ordered. */
@Revision("1")
public record ProductPutOnShelfEvent(ProductId productId, String sellerId) {
}
