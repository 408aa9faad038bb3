package dev.orderledger.api.product;

import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** How the item is shown changed (replaced whole); shoppers see it, so the content digest (snapshot id) changed with it. */
@Revision("1")
public record ProductPresentationChangedEvent(ProductId productId, UserId changedBy, ProductPresentation presentation,
                                              SnapshotId contentDigest, Instant at) {
}
