package dev.orderledger.api.product;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.security.Actor;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A SKU's price changed; the item's content digest (snapshot id) changed with it. */
@Revision("1")
public record SkuPriceChangedEvent(ProductId productId, SkuId skuId, Money oldPrice, Money newPrice, SnapshotId contentDigest, Instant at) {
}
