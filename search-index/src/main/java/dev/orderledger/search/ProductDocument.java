package dev.orderledger.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.Rating;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A product as the search index stores it: one document per item (SPU) with its SKUs nested.
 * SKU prices are exact decimal strings plus whole minor units (fen, cents) for ranges and sorting;
 * attributes are {@code name:value} keywords. The totals (price range, stock, sales) and the
 * search-box suggestion are derived from the SKUs and the status by the constructor, so they can
 * never disagree with them. How the item is shown and the platform's rating of it are kept as the
 * events give them. {@code applied} holds, per source aggregate (the product, each SKU's
 * inventory), the sequence number of the last event folded in; {@link #version()} adds them up.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductDocument(
        String productId,
        String sellerId,
        String type,
        String name,
        String description,
        String categoryId,
        List<String> categoryPath,
        List<String> categoryNames,
        String brandId,
        String brand,
        String status,
        String currency,
        String createdAt,
        List<String> attributes,
        Presentation presentation,
        Rated rating,
        List<Sku> skus,
        Map<String, Long> applied,
        long minPriceMinor,
        long maxPriceMinor,
        long available,
        boolean inStock,
        long sales,
        Suggest suggest) {

    /** The key under which the product aggregate's last applied sequence number is kept. */
    static final String PRODUCT_SOURCE = "product";
    private static final int SUGGESTION_INPUTS = 16;

    /** One variant: its price, its stock, and the attributes a filter matches (its sales attributes and the item's basic ones). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sku(String skuId, String skuName, String price, long priceMinor, long available, long reserved, long sold,
               List<String> attributes, List<String> matchAttributes) {

        Sku withPrice(Money newPrice) {
            return new Sku(skuId, skuName, newPrice.amount().toPlainString(), minorUnits(newPrice), available, reserved,
                    sold, attributes, matchAttributes);
        }

        Sku withStockChange(StockLevels change) {
            StockLevels levels = new StockLevels(available, reserved, sold).plus(change);
            return new Sku(skuId, skuName, price, priceMinor, levels.available(), levels.reserved(), levels.sold(),
                    attributes, matchAttributes);
        }
    }

    /** How the item is shown (seed 003's image_urls, tags, promotional_info, release_date); empty when it shows nothing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Presentation(List<String> imageUrls, List<String> tags, String promotionalInfo, String releaseDate) {

        static final Presentation NONE = new Presentation(null, null, null, null);

        Presentation {
            imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        static Presentation of(ProductPresentation shown) {
            return shown == null ? NONE : new Presentation(shown.imageUrls(), shown.tags(), shown.promotionalInfo(),
                    shown.releaseDate() == null ? null : shown.releaseDate().toString());
        }
    }

    /** The platform's rating: reviews, their stars added up, the average shown (one decimal) and sorted by (thousandths). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rated(long reviews, long stars, String average, long averageMilli) {

        /** Null when not rated: such items sort after every rated one. */
        static Rated of(Rating rating) {
            return rating.rated() ? new Rated(rating.reviews(), rating.stars(), rating.average(), rating.averageMilli()) : null;
        }
    }

    /** The completion suggester's entry: what a prefix may match, the status as context, popularity as weight. */
    record Suggest(List<String> input, Map<String, List<String>> contexts, int weight) {
    }

    ProductDocument {
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
        categoryNames = categoryNames == null ? List.of() : List.copyOf(categoryNames);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        presentation = presentation == null ? Presentation.NONE : presentation;
        skus = skus == null ? List.of() : List.copyOf(skus);
        applied = applied == null ? Map.of() : Map.copyOf(applied);
        minPriceMinor = skus.stream().mapToLong(Sku::priceMinor).min().orElse(0);
        maxPriceMinor = skus.stream().mapToLong(Sku::priceMinor).max().orElse(0);
        available = skus.stream().mapToLong(Sku::available).sum();
        inStock = available > 0;
        sales = skus.stream().mapToLong(Sku::sold).sum();
        suggest = new Suggest(suggestions(name, brand), Map.of("status", List.of(String.valueOf(status))),
                (int) Math.min(Integer.MAX_VALUE, sales));
    }

    /** A new draft from its creation event, placed in its category (and the category's ancestors). */
    static ProductDocument created(ProductCreatedEvent event, Instant at, CategoryDirectory categories) {
        List<String> basics = keywords(event.basicAttributes());
        List<Sku> skus = event.skus().stream().map(sku -> sku(sku, basics)).toList();
        List<String> attributes = Stream.concat(basics.stream(), skus.stream().flatMap(sku -> sku.attributes().stream()))
                .distinct().toList();
        String categoryId = event.categoryId() == null ? null : event.categoryId().value();
        List<String> path = categoryId == null ? List.of() : categories.find(categoryId)
                .map(ProductCategory::path).orElse(List.of(categoryId));
        List<String> names = path.stream().flatMap(id -> categories.find(id).map(ProductCategory::name).stream()).toList();
        return new ProductDocument(event.productId().value(), event.sellerId().value(), event.type().name(), event.name(),
                event.description(), categoryId, path, names, event.brandId() == null ? null : event.brandId().value(), event.brandName(),
                ProductStatus.DRAFT.name(), event.skus().get(0).price().currency().getCurrencyCode(), at.toString(),
                attributes, Presentation.of(event.presentation()), null, skus, Map.of(), 0, 0, 0, false, 0, null);
    }

    /** The sum of the sources' sequence numbers (each counted from one): it grows with every event folded in. */
    long version() {
        return applied.values().stream().mapToLong(sequence -> sequence + 1).sum();
    }

    /** Whether the event with this sequence number of this source is already in the document. */
    boolean hasApplied(String source, long sequence) {
        Long last = applied.get(source);
        return last != null && last >= sequence;
    }

    ProductDocument withApplied(String source, long sequence) {
        Map<String, Long> next = new HashMap<>(applied);
        next.put(source, sequence);
        return with(status, presentation, rating, skus, next);
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return with(newStatus.name(), presentation, rating, skus, applied);
    }

    ProductDocument withPresentation(ProductPresentation shown) {
        return with(status, Presentation.of(shown), rating, skus, applied);
    }

    ProductDocument withRating(Rating newRating) {
        return with(status, presentation, Rated.of(newRating), skus, applied);
    }

    ProductDocument withPrice(SkuId skuId, Money price) {
        return with(status, presentation, rating, skus.stream()
                .map(sku -> sku.skuId().equals(skuId.value()) ? sku.withPrice(price) : sku).toList(), applied);
    }

    /** One stock movement of a SKU (in any of its buckets) added to its levels. */
    ProductDocument withStockChange(SkuId skuId, StockLevels change) {
        return with(status, presentation, rating, skus.stream()
                .map(sku -> sku.skuId().equals(skuId.value()) ? sku.withStockChange(change) : sku).toList(), applied);
    }

    boolean onShelf() {
        return ProductStatus.ON_SHELF.name().equals(status);
    }

    private ProductDocument with(String newStatus, Presentation newPresentation, Rated newRating, List<Sku> newSkus,
                                 Map<String, Long> newApplied) {
        return new ProductDocument(productId, sellerId, type, name, description, categoryId, categoryPath, categoryNames,
                brandId, brand, newStatus, currency, createdAt, attributes, newPresentation, newRating, newSkus, newApplied,
                0, 0, 0, false, 0, null);
    }

    private static Sku sku(SkuSpec spec, List<String> basics) {
        List<String> sales = keywords(spec.salesAttributes());
        List<String> match = Stream.concat(sales.stream(), basics.stream()).distinct().toList();
        return new Sku(spec.skuId().value(), spec.skuName(), spec.price().amount().toPlainString(),
                minorUnits(spec.price()), 0, 0, 0, sales, match);
    }

    static long minorUnits(Money price) {
        return price.amount().movePointRight(price.currency().getDefaultFractionDigits()).longValueExact();
    }

    private static List<String> keywords(List<Attribute> attributes) {
        return attributes == null ? List.of()
                : attributes.stream().map(attribute -> attribute.attributeName() + ":" + attribute.value()).toList();
    }

    /**
     * What the search box may complete: the brand, and the name from each place a word starts (every
     * Chinese character starts one), so that "T恤" and "男士" complete "经典圆领男士T恤" too.
     */
    static List<String> suggestions(String name, String brand) {
        Set<String> inputs = new LinkedHashSet<>();
        String text = name == null ? "" : name.strip();
        for (int i = 0; i < text.length() - 1 && inputs.size() < SUGGESTION_INPUTS; i++) {
            if (startsWord(text, i)) {
                inputs.add(text.substring(i));
            }
        }
        if (brand != null && !brand.isBlank()) {
            inputs.add(brand.strip());
        }
        return new ArrayList<>(inputs);
    }

    private static boolean startsWord(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        return i == 0 || ideographic(c) || !Character.isLetterOrDigit(text.charAt(i - 1)) || ideographic(text.charAt(i - 1));
    }

    private static boolean ideographic(char c) {
        return Character.isIdeographic(c);
    }
}
