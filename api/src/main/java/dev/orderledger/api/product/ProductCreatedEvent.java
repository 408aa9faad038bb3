package dev.orderledger.api.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CategoryId;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An item was created as a draft. {@code contentDigest} identifies this exact content: orders of the
 * item record it as their snapshot id, so unchanged items share one snapshot. {@code presentation} is
 * null in events stored before items had one (ADR 0024), and when the seller gave none.
 */
@Revision("1")
public record ProductCreatedEvent(
        ProductId productId,
        UserId sellerId,
        ProductType type,
        CategoryId categoryId,
        BrandId brandId,
        String brandName,
        String name,
        String description,
        List<Attribute> basicAttributes,
        List<SkuSpec> skus,
        SnapshotId contentDigest,
        ProductPresentation presentation) {
}
