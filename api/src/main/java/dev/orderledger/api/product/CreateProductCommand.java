package dev.orderledger.api.product;

import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A seller publishes a new item (SPU) with its variants (SKUs) and how it is shown (null: nothing yet). The item starts as a draft. */
public record CreateProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor seller,
        ProductType type,
        CategoryId categoryId,
        BrandId brandId,
        String name,
        String description,
        List<Attribute> basicAttributes,
        List<SkuSpec> skus,
        ProductPresentation presentation) {
}
