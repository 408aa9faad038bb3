package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** The {@link Catalogue} over the event-sourced Product repository (cached, so cheap to load). */
@Component
class EventSourcedCatalogue implements Catalogue {

    private final Repository<Product> products;

    EventSourcedCatalogue(@Qualifier("productRepository") Repository<Product> products) {
        this.products = products;
    }

    @Override
    public UserId sellerOf(ProductId productId, SkuId skuId) {
        try {
            return products.load(productId.value()).invoke(product -> product.sellerOf(skuId));
        } catch (AggregateNotFoundException e) {
            throw new ResourceNotFound("no product " + productId);
        }
    }

    @Override
    public SaleableSku saleable(ProductId productId, SkuId skuId) {
        try {
            return products.load(productId.value()).invoke(product -> product.saleable(skuId));
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation("PRODUCT_NOT_FOUND", "no product " + productId);
        }
    }
}
