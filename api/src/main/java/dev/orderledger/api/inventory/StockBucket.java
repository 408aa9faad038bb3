package dev.orderledger.api.inventory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.product.SkuRef;

import java.util.Objects;

/**
 * One stream of a SKU's stock. Bucket 0 is the SKU's own stream ({@code productId/skuId}, what every
 * SKU had before buckets existed); a hot SKU adds buckets {@code productId/skuId#k}, each holding part
 * of the units (ADR 0015).
 */
public record StockBucket(SkuRef sku, int index) {

    /** Most buckets one SKU may be split into. */
    public static final int MAX_BUCKETS = 64;

    public StockBucket {
        Objects.requireNonNull(sku, "sku");
        if (index < 0 || index >= MAX_BUCKETS) {
            throw new IllegalArgumentException("a bucket is numbered 0 to " + (MAX_BUCKETS - 1) + ": " + index);
        }
    }

    /** The SKU's first bucket, its own stream. */
    public static StockBucket first(SkuRef sku) {
        return new StockBucket(sku, 0);
    }

    @JsonCreator
    public static StockBucket parse(String value) {
        int hash = value == null ? -1 : value.lastIndexOf('#');
        if (hash < 0) {
            return first(SkuRef.parse(value));
        }
        return new StockBucket(SkuRef.parse(value.substring(0, hash)), Integer.parseInt(value.substring(hash + 1)));
    }

    /** The aggregate identifier of this bucket's stream. */
    @JsonValue
    @Override
    public String toString() {
        return index == 0 ? sku.toString() : sku + "#" + index;
    }
}
