package dev.orderledger.command.cart;

import dev.orderledger.api.product.SkuRef;

import java.time.Instant;

/** A SKU in a cart: how many, whether it is selected for checkout, and when it was first added. */
record CartLine(SkuRef sku, int quantity, boolean selected, Instant addedAt) {

    CartLine withQuantity(int quantity) {
        return new CartLine(sku, quantity, selected, addedAt);
    }

    CartLine withSelected(boolean selected) {
        return new CartLine(sku, quantity, selected, addedAt);
    }
}
