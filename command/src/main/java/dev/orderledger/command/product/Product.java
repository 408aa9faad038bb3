package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ChangeProductPresentationCommand;
import dev.orderledger.api.product.ChangeProductStatusCommand;
import dev.orderledger.api.product.ChangeSkuPriceCommand;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.ProductPresentationChangedEvent;
import dev.orderledger.api.product.ProductRatedEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.RateProductCommand;
import dev.orderledger.api.product.Rating;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.catalog.Taxonomy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An item (SPU) with its variants, owned by one seller, through the lifecycle of DOMAIN.md (see
 * {@link dev.orderledger.api.product.ProductTransition}). Only ON_SHELF items can be ordered. Every
 * change of what a buyer sees (prices and presentation included) gives the item a new content digest,
 * which orders record as their snapshot id; the platform's rating is not content and keeps it.
 */
@Aggregate(cache = "aggregateCache")
class Product {

    @AggregateIdentifier
    private ProductId productId;
    private UserId sellerId;
    private ProductType type;
    private String name;
    private String description;
    private CategoryId categoryId;
    private BrandId brandId;
    private List<Attribute> basicAttributes;
    private ProductStatus status;
    private SnapshotId contentDigest;
    private ProductPresentation presentation = ProductPresentation.NONE;
    private Rating rating = new Rating(0, 0);
    private final Map<SkuId, SkuSpec> skus = new LinkedHashMap<>();

    Product() {
        // for Axon
    }

    @CommandHandler
    Product(CreateProductCommand command, Taxonomy taxonomy) {
        requireValid(command);
        ProductType goods = command.categoryId() == null ? ProductType.PHYSICAL : taxonomy.category(command.categoryId()).goods();
        String brandName = command.brandId() == null ? null : taxonomy.brandName(command.brandId());
        List<Attribute> basics = command.basicAttributes() == null ? List.of() : List.copyOf(command.basicAttributes());
        ProductPresentation shown = command.presentation() == null || command.presentation().presentsNothing() ? null
                : command.presentation();
        apply(new ProductCreatedEvent(command.productId(), command.seller().userId(),
                command.type() != null ? command.type() : goods, command.categoryId(), command.brandId(),
                brandName, command.name(), command.description(), basics, command.skus(),
                ContentDigest.of(command.name(), command.description(), command.categoryId(), command.brandId(), basics,
                        command.skus(), shown), shown));
    }

    @CommandHandler
    void handle(ChangeProductStatusCommand command) {
        requireVisibleTo(command.actor());
        if (status == command.transition().to()) {
            return;
        }
        if (!command.transition().allowedFor(command.actor().roles(), command.actor().userId().equals(sellerId))) {
            throw new NotPermitted(command.transition() + " is for admins");
        }
        if (!command.transition().from().contains(status)) {
            throw new StateConflict(status.name(), "product " + productId + " is " + status + "; "
                    + command.transition() + " needs one of " + command.transition().from());
        }
        apply(new ProductStatusChangedEvent(productId, sellerId, status, command.transition().to(),
                command.transition(), command.reason(), command.at()));
    }

    @CommandHandler
    void handle(ChangeSkuPriceCommand command) {
        requireEditableBy(command.actor());
        SkuSpec sku = Optional.ofNullable(skus.get(command.skuId())).orElseThrow(() ->
                new ResourceNotFound("product " + productId + " has no SKU " + command.skuId()));
        if (sku.price().equals(command.price())) {
            return;
        }
        if (!command.price().isPositive() || !command.price().currency().equals(sku.price().currency())) {
            throw new BusinessRuleViolation("INVALID_PRICE", "a price is positive and in " + sku.price().currency());
        }
        List<SkuSpec> changed = new ArrayList<>(skus.values());
        if (sku.presale() != null && sku.presale().problemWith(command.price()) != null) {
            throw new BusinessRuleViolation("INVALID_PRESALE", sku.presale().problemWith(command.price()));
        }
        changed.replaceAll(each -> each.skuId().equals(sku.skuId()) ? each.withPrice(command.price()) : each);
        apply(new SkuPriceChangedEvent(productId, sku.skuId(), sku.price(), command.price(),
                digestWith(changed, presentation), command.at()));
    }

    /** The seller replaces how the item is shown; the same presentation again changes nothing. */
    @CommandHandler
    void handle(ChangeProductPresentationCommand command) {
        requireEditableBy(command.actor());
        ProductPresentation next = command.presentation() == null ? ProductPresentation.NONE : command.presentation();
        if (next.equals(presentation)) {
            return;
        }
        apply(new ProductPresentationChangedEvent(productId, command.actor().userId(), next,
                digestWith(List.copyOf(skus.values()), next), command.at()));
    }

    /** The platform records the rating from its review system; a seller, even of this item, may not. */
    @CommandHandler
    void handle(RateProductCommand command) {
        requireVisibleTo(command.actor());
        if (!command.actor().isAdmin()) {
            throw new NotPermitted("a rating is recorded by the platform, not by the seller");
        }
        if (status == ProductStatus.DELETED) {
            throw new StateConflict(status.name(), "product " + productId + " is " + status);
        }
        if (!command.rating().equals(rating)) {
            apply(new ProductRatedEvent(productId, command.actor().userId(), command.rating(), command.at()));
        }
    }

    /** What an order line of this item costs now, or why it cannot be ordered. */
    SaleableSku saleable(SkuId skuId) {
        if (status != ProductStatus.ON_SHELF) {
            throw new BusinessRuleViolation("PRODUCT_NOT_ON_SHELF", "product " + productId + " is not on shelf");
        }
        SkuSpec sku = Optional.ofNullable(skus.get(skuId)).orElseThrow(() ->
                new BusinessRuleViolation("SKU_NOT_FOUND", "product " + productId + " has no SKU " + skuId));
        return new SaleableSku(productId, skuId, type, sellerId, name, contentDigest, sku.price(), sku.presale());
    }

    UserId sellerOf(SkuId skuId) {
        if (!skus.containsKey(skuId)) {
            throw new ResourceNotFound("product " + productId + " has no SKU " + skuId);
        }
        return sellerId;
    }

    @EventSourcingHandler
    void on(ProductCreatedEvent event) {
        productId = event.productId();
        sellerId = event.sellerId();
        type = event.type() == null ? ProductType.PHYSICAL : event.type();
        name = event.name();
        description = event.description();
        categoryId = event.categoryId();
        brandId = event.brandId();
        basicAttributes = event.basicAttributes() == null ? List.of() : event.basicAttributes();
        contentDigest = event.contentDigest();
        presentation = event.presentation() == null ? ProductPresentation.NONE : event.presentation();
        status = ProductStatus.DRAFT;
        event.skus().forEach(sku -> skus.put(sku.skuId(), sku));
    }

    @EventSourcingHandler
    void on(ProductStatusChangedEvent event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(SkuPriceChangedEvent event) {
        SkuSpec sku = skus.get(event.skuId());
        skus.put(event.skuId(), sku.withPrice(event.newPrice()));
        contentDigest = event.contentDigest();
    }

    @EventSourcingHandler
    void on(ProductPresentationChangedEvent event) {
        presentation = event.presentation();
        contentDigest = event.contentDigest();
    }

    @EventSourcingHandler
    void on(ProductRatedEvent event) {
        rating = event.rating();
    }

    private SnapshotId digestWith(List<SkuSpec> withSkus, ProductPresentation withPresentation) {
        return ContentDigest.of(name, description, categoryId, brandId, basicAttributes, withSkus, withPresentation);
    }

    /** Its seller or an admin may change a live item; a deleted or frozen one stays as it is. */
    private void requireEditableBy(Actor actor) {
        requireVisibleTo(actor);
        if (status == ProductStatus.DELETED || status == ProductStatus.FROZEN) {
            throw new StateConflict(status.name(), "product " + productId + " is " + status);
        }
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
        Set<List<String>> combinations = new HashSet<>();
        for (SkuSpec sku : skus) {
            if (!seen.add(sku.skuId())) {
                throw new BusinessRuleViolation("DUPLICATE_SKU", "SKU " + sku.skuId() + " appears twice");
            }
            if (!sku.price().isPositive()) {
                throw new BusinessRuleViolation("PRICE_NOT_POSITIVE", "SKU " + sku.skuId() + " needs a positive price");
            }
            if (sku.presale() != null && sku.presale().problemWith(sku.price()) != null) {
                throw new BusinessRuleViolation("INVALID_PRESALE", "SKU " + sku.skuId() + ": " + sku.presale().problemWith(sku.price()));
            }
            List<String> picked = sku.salesAttributes().stream()
                    .map(attribute -> attribute.attributeName() + "=" + attribute.value()).sorted().toList();
            if (skus.size() > 1 && !combinations.add(picked)) {
                throw new BusinessRuleViolation("DUPLICATE_SALES_ATTRIBUTES",
                        "two SKUs have the same sales attributes " + picked + "; they must pick different SKUs");
            }
        }
        if (skus.stream().map(sku -> sku.price().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("MIXED_CURRENCIES", "all SKUs of a product are priced in one currency");
        }
    }
}
