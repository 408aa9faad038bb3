package dev.orderledger.command.product;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductPutOnShelfEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.PutProductOnShelfCommand;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An item (SPU) with its variants, owned by one seller. */
@Aggregate(cache = "aggregateCache")
class Product {

    @AggregateIdentifier
    private ProductId productId;
    private String sellerId;
    private String name;
    private ProductType type;
    private ProductStatus status;
    private String contentDigest;
    private final Map<SkuId, SkuSpec> skus = new LinkedHashMap<>();

    Product() {
        // for Axon
    }

    @CommandHandler
    Product(CreateProductCommand command) {
        requireValid(command);
        apply(new ProductCreatedEvent(command.productId(), command.seller().userId(),
                command.type() == null ? ProductType.PHYSICAL : command.type(), command.name(),
                command.description(), command.categoryId(), command.brand(), command.skus(),
                ContentDigest.of(command.name(), command.description(), command.categoryId(), command.brand(),
                        command.skus())));
    }

    @CommandHandler
    void handle(PutProductOnShelfCommand command) {
        requireVisibleTo(command.actor());
        if (status == ProductStatus.ON_SHELF) {
            return;
        }
        if (status != ProductStatus.DRAFT && status != ProductStatus.AUDIT_APPROVED && status != ProductStatus.OFF_SHELF) {
            throw new StateConflict(status.name(), "product " + productId + " cannot go on shelf from " + status);
        }
        apply(new ProductPutOnShelfEvent(productId, sellerId));
    }

    /** What an order line of this item costs now, or why it cannot be ordered. */
    SaleableSku saleable(SkuId skuId) {
        if (status != ProductStatus.ON_SHELF) {
            throw new BusinessRuleViolation("PRODUCT_NOT_ON_SHELF", "product " + productId + " is not on shelf");
        }
        SkuSpec sku = Optional.ofNullable(skus.get(skuId)).orElseThrow(() ->
                new BusinessRuleViolation("SKU_NOT_FOUND", "product " + productId + " has no SKU " + skuId));
        return new SaleableSku(productId, skuId, type, sellerId, name, contentDigest, sku.price());
    }

    String sellerOf(SkuId skuId) {
        if (!skus.containsKey(skuId)) {
            throw new ResourceNotFound("product " + productId + " has no SKU " + skuId);
        }
        return sellerId;
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        sellerId = event.sellerId();
        name = event.name();
        type = event.type() == null ? ProductType.PHYSICAL : event.type();
        contentDigest = event.contentDigest();
        status = ProductStatus.DRAFT;
        event.skus().forEach(sku -> skus.put(sku.skuId(), sku));
    }

    @EventSourcingHandler
    void on(ProductPutOnShelfEvent event) {
        status = ProductStatus.ON_SHELF;
    }

    private void requireVisibleTo(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(sellerId)) {
            throw new ResourceNotFound("no product " + productId);
        }
    }

    private static void requireValid(CreateProductCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("PRODUCT_NAME_MISSING", "a product needs a name");
        }
        List<SkuSpec> skus = command.skus();
        if (skus == null || skus.isEmpty()) {
            throw new BusinessRuleViolation("PRODUCT_WITHOUT_SKU", "a product needs at least one SKU");
        }
        Set<SkuId> seen = new HashSet<>();
        for (SkuSpec sku : skus) {
            if (!seen.add(sku.skuId())) {
                throw new BusinessRuleViolation("DUPLICATE_SKU", "SKU " + sku.skuId() + " appears twice");
            }
            if (!sku.price().isPositive()) {
                throw new BusinessRuleViolation("PRICE_NOT_POSITIVE", "SKU " + sku.skuId() + " needs a positive price");
            }
        }
        if (skus.stream().map(sku -> sku.price().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("MIXED_CURRENCIES", "all SKUs of a product are priced in one currency");
        }
    }
}
