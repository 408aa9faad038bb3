package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;

import java.util.HashMap;
import java.util.Map;

/** The catalogue as other aggregates' fixtures see it: what exists, who sells it, at which price. */
public final class StubCatalogue implements Catalogue {

    private final Map<SkuId, SaleableSku> offers = new HashMap<>();

    public StubCatalogue offer(SaleableSku sku) {
        offers.put(sku.skuId(), sku);
        return this;
    }

    @Override
    public SaleableSku saleable(ProductId productId, SkuId skuId) {
        SaleableSku sku = offers.get(skuId);
        if (sku == null || !sku.productId().equals(productId)) {
            throw new BusinessRuleViolation("PRODUCT_NOT_FOUND", "no product " + productId);
        }
        return sku;
    }

    @Override
    public UserId sellerOf(ProductId productId, SkuId skuId) {
        SaleableSku sku = offers.get(skuId);
        if (sku == null || !sku.productId().equals(productId)) {
            throw new ResourceNotFound("no product " + productId);
        }
        return sku.sellerId();
    }
}
