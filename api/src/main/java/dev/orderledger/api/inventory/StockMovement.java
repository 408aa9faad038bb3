package dev.orderledger.api.inventory;

import dev.orderledger.api.product.SkuRef;

/**
 * A stock event that changes a bucket's levels: the levels it left in its bucket, and by how much it
 * changed them. A reader of a SKU's stock (search, a view) adds up the changes of all its buckets;
 * for a SKU with one bucket that is the same as taking the levels of its latest event.
 */
public interface StockMovement {

    SkuRef sku();

    int bucket();

    /** The bucket's levels after this event. */
    StockLevels levels();

    /** What this event added to the bucket's levels (negative parts are taken away). */
    StockLevels change();
}
