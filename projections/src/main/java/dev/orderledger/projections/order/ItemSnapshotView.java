package dev.orderledger.projections.order;

import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.ItemSnapshot;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.Instant;
import java.util.List;

/**
 * One item snapshot: the content of an item under its content digest, which order lines record as
 * their snapshot id. Orders of an unchanged item share it; a change of the item gives a new one.
 */
@Entity
@Table(name = "order_item_snapshot")
public class ItemSnapshotView {

    @Id
    @Column(name = "snapshot_id")
    private String snapshotId;
    @Column(name = "product_id", nullable = false)
    private String productId;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "description")
    private String description;
    @Column(name = "brand_name")
    private String brandName;
    @Column(name = "category_id")
    private String categoryId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "basic_attributes", nullable = false)
    private List<Attribute> basicAttributes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "skus", nullable = false)
    private List<SkuSpec> skus;
    /** How the item was shown; null when it showed nothing. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "presentation")
    private ProductPresentation presentation;
    /** When the item first had this content. */
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ItemSnapshotView() {
        // for JPA
    }

    ItemSnapshotView(ProductCreatedEvent created, Instant at) {
        this(created.contentDigest().value(), created.productId().value(), created.name(), created.description(),
                created.brandName(), created.categoryId() == null ? null : created.categoryId().value(), created.basicAttributes(),
                created.skus(), created.presentation(), at);
    }

    private ItemSnapshotView(String snapshotId, String productId, String name, String description, String brandName,
                             String categoryId, List<Attribute> basicAttributes, List<SkuSpec> skus,
                             ProductPresentation presentation, Instant recordedAt) {
        this.snapshotId = snapshotId;
        this.productId = productId;
        this.name = name;
        this.description = description;
        this.brandName = brandName;
        this.categoryId = categoryId;
        this.basicAttributes = basicAttributes == null ? List.of() : List.copyOf(basicAttributes);
        this.skus = List.copyOf(skus);
        this.presentation = presentation == null || presentation.presentsNothing() ? null : presentation;
        this.recordedAt = recordedAt;
    }

    public String snapshotId() {
        return snapshotId;
    }

    /** The item's next snapshot: this content with one SKU at a new price. */
    ItemSnapshotView withPrice(String newSnapshotId, SkuId skuId, Money price, Instant at) {
        List<SkuSpec> repriced = skus.stream().map(sku -> sku.skuId().equals(skuId) ? sku.withPrice(price) : sku).toList();
        return new ItemSnapshotView(newSnapshotId, productId, name, description, brandName, categoryId, basicAttributes,
                repriced, presentation, at);
    }

    /** The item's next snapshot: this content shown as the seller now shows it. */
    ItemSnapshotView withPresentation(String newSnapshotId, ProductPresentation shown, Instant at) {
        return new ItemSnapshotView(newSnapshotId, productId, name, description, brandName, categoryId, basicAttributes, skus,
                shown, at);
    }

    /** The snapshot as one order line sold it: the item and that line's SKU (null when the item has no such SKU). */
    public ItemSnapshot forSku(SkuId skuId) {
        return skus.stream().filter(sku -> sku.skuId().equals(skuId)).findFirst()
                .map(sku -> new ItemSnapshot(SnapshotId.of(snapshotId), name, description, brandName, categoryId == null ? null : CategoryId.of(categoryId), basicAttributes,
                        sku.skuName(), sku.price(), sku.salesAttributes(), presentation))
                .orElse(null);
    }
}
