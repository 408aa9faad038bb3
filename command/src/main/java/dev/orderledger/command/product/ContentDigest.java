package dev.orderledger.command.product;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.SkuSpec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The snapshot id of an item: a SHA-256 digest over everything a buyer sees of it. Equal content
 * gives the same id, so orders of an unchanged item share one snapshot; any change gives a new one.
 */
final class ContentDigest {

    private ContentDigest() {
    }

    static SnapshotId of(String name, String description, CategoryId categoryId, BrandId brandId, List<Attribute> basicAttributes,
                     List<SkuSpec> skus) {
        MessageDigest sha256 = sha256();
        field(sha256, name);
        field(sha256, description);
        field(sha256, categoryId == null ? null : categoryId.value());
        field(sha256, brandId == null ? null : brandId.value());
        attributes(sha256, basicAttributes);
        skus.stream().sorted(Comparator.comparing(sku -> sku.skuId().value())).forEach(sku -> {
            field(sha256, sku.skuId().value());
            field(sha256, sku.skuName());
            field(sha256, sku.price().toString());
            attributes(sha256, sku.salesAttributes());
        });
        return SnapshotId.of(HexFormat.of().formatHex(sha256.digest(), 0, 16));
    }

    private static void attributes(MessageDigest digest, List<Attribute> attributes) {
        field(digest, String.valueOf(attributes.size()));
        attributes.stream()
                .sorted(Comparator.comparing(Attribute::attributeName, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Attribute::value, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(attribute -> {
                    field(digest, attribute.attributeId() == null ? null : attribute.attributeId().value());
                    field(digest, attribute.attributeName());
                    field(digest, attribute.value());
                });
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") digest differently. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (value == null ? 0 : 1));
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
