package dev.orderledger.api.product;

import dev.orderledger.api.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A seller publishes a new item with its variants. The item starts as a draft. */
public record CreateProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor seller,
        ProductType type,
        String name,
        String description,
        String categoryId,
        String brand,
        List<SkuSpec> skus) {
}
