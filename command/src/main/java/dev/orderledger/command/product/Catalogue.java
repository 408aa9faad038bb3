package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;

/**
 * Prices order lines from the product aggregates themselves, so placement always sees the item's
 * current shelf state and price, never a lagging read model.
 */
public interface Catalogue {

    /**
     * @throws dev.orderledger.api.common.BusinessRuleViolation when the item or SKU does not exist
     *                                                          or cannot be ordered
     */
    SaleableSku saleable(ProductId productId, SkuId skuId);

    /**
     * The seller who owns this SKU, whatever the item's state.
     *
     * @throws dev.orderledger.api.common.ResourceNotFound when the item or SKU does not exist
     */
    UserId sellerOf(ProductId productId, SkuId skuId);
}
