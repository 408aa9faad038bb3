package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.PresaleTerms;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;

/** A SKU that can be ordered right now, at this price, as this snapshot of its item (with its presale terms, if any). */
public record SaleableSku(ProductId productId, SkuId skuId, ProductType type, UserId sellerId, String productName,
                          SnapshotId snapshotId, Money unitPrice, PresaleTerms presale) {

    public SaleableSku(ProductId productId, SkuId skuId, ProductType type, UserId sellerId, String productName,
                       SnapshotId snapshotId, Money unitPrice) {
        this(productId, skuId, type, sellerId, productName, snapshotId, unitPrice, null);
    }
}
