package dev.orderledger.search;

import dev.orderledger.api.product.ProductPresentation;

import java.util.List;
import java.util.Map;

/**
 * What a shopper asks for: words, a category (its descendants included), brands, one seller's shop, a price range in
 * minor units of one currency, attribute values grouped by attribute name (values of one name are
 * alternatives, names must all match, within one SKU), tags (all of them, as tags are kept:
 * lower-case), only what is in stock, an order and a page.
 */
record ProductQuery(String text, String category, List<String> brands, String seller, Long minPriceMinor, Long maxPriceMinor,
                    String currency, Map<String, List<String>> attributes, List<String> tags, boolean inStock, Sort sort,
                    int page, int size) {

    /** The orders a result list can have; every one ends with the product id, so pages never overlap. */
    enum Sort {
        RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST, SALES, RATING
    }

    ProductQuery {
        brands = brands == null ? List.of() : List.copyOf(brands);
        tags = tags == null ? List.of() : tags.stream().map(ProductPresentation::tag).distinct().toList();
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether a condition must hold for one SKU (price, attributes, stock). */
    boolean filtersSkus() {
        return minPriceMinor != null || maxPriceMinor != null || !attributes.isEmpty() || inStock;
    }
}
