package dev.orderledger.api.order;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductPresentation;

import java.util.List;

/**
 * An item exactly as it was sold on one order line: the item's content under its snapshot id
 * (name, description, brand, category, basic attributes) and the line's SKU in it (name, price,
 * sales attributes), and how the item was shown (images, tags, promotion text, release date; null
 * when it showed none). Orders of an unchanged item share one snapshot.
 */
public record ItemSnapshot(
        SnapshotId snapshotId,
        String productName,
        String description,
        String brandName,
        CategoryId categoryId,
        List<Attribute> basicAttributes,
        String skuName,
        Money price,
        List<Attribute> salesAttributes,
        ProductPresentation presentation) {

    public ItemSnapshot {
        basicAttributes = basicAttributes == null ? List.of() : List.copyOf(basicAttributes);
        salesAttributes = salesAttributes == null ? List.of() : List.copyOf(salesAttributes);
    }
}
