package dev.orderledger.command.product;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.SkuSpec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The snapshot id of an item: a SHA-256 digest over everything a buyer sees of it, its presentation
 * included (not its rating, which is the platform's measure of it). Equal content gives the same id,
 * so orders of an unchanged item share one snapshot; any change gives a new one.
 */
final class ContentDigest {

    private static final byte PRESENTATION = 2;

    private ContentDigest() {
    }

    static SnapshotId of(String name, String description, CategoryId categoryId, BrandId brandId, List<Attribute> basicAttributes,
                         List<SkuSpec> skus, ProductPresentation presentation) {
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
        presentation(sha256, presentation);
        return SnapshotId.of(HexFormat.of().formatHex(sha256.digest(), 0, 16));
    }

    /**
     * How the item is shown, after a marker no field starts with (fields start with 0 or 1), and only
     * when it shows anything: an item without a presentation keeps the digest it had before items had one.
     * Images in their order, tags in any order (a set).
     */
    private static void presentation(MessageDigest digest, ProductPresentation presentation) {
        if (presentation == null || presentation.presentsNothing()) {
            return;
        }
        digest.update(PRESENTATION);
        field(digest, String.valueOf(presentation.imageUrls().size()));
        presentation.imageUrls().forEach(url -> field(digest, url));
        field(digest, String.valueOf(presentation.tags().size()));
        presentation.tags().stream().sorted().forEach(tag -> field(digest, tag));
        field(digest, presentation.promotionalInfo());
        field(digest, presentation.releaseDate() == null ? null : presentation.releaseDate().toString());
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
