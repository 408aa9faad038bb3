package dev.orderledger.api.risk;

import dev.orderledger.api.product.SkuRef;

/** Units of one SKU in an order being screened. */
public record ScreenedLine(SkuRef sku, int units) {
}
