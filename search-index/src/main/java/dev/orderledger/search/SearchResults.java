package dev.orderledger.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** One page of search results: how many products match in all, this page's products, and the facets of all matches. */
record SearchResults(String query, String sort, int page, int size, long total, List<Item> items, Facets facets) {

    /**
     * A product as a shopper sees it; prices are exact decimals (and the range also in minor units); how
     * it is shown, and its rating (null when not rated).
     */
    record Item(String productId, String name, String description, String type, String sellerId, String brandId,
                String brand, String categoryId, List<String> categoryPath, String currency, String minPrice,
                String maxPrice, long minPriceMinor, long maxPriceMinor, long available, boolean inStock, long sales,
                String createdAt, List<String> attributes, ProductDocument.Presentation presentation,
                ProductDocument.Rated rating, List<SkuItem> skus) {

        static Item of(Listing document) {
            return new Item(document.productId(), document.name(), document.description(), document.type(),
                    document.sellerId(), document.brandId(), document.brand(), document.categoryId(),
                    document.categoryPath(), document.currency(), decimal(document.minPriceMinor(), document.currency()),
                    decimal(document.maxPriceMinor(), document.currency()), document.minPriceMinor(),
                    document.maxPriceMinor(), document.available(), document.inStock(), document.sales(),
                    document.createdAt(), document.attributes(), document.presentation(), document.rating(),
                    document.skus().stream().map(SkuItem::of).toList());
        }
    }

    record SkuItem(String skuId, String skuName, String price, long available, List<String> attributes) {

        static SkuItem of(Listing.Sku sku) {
            return new SkuItem(sku.skuId(), sku.skuName(), sku.price(), sku.available(), sku.attributes());
        }
    }

    /**
     * The stored fields of a product a result shows ({@link #FIELDS}, fetched as the hit's source), read
     * as they are: nothing is derived again per hit.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing(String productId, String name, String description, String type, String sellerId, String brandId,
                   String brand, String categoryId, List<String> categoryPath, String currency, long minPriceMinor,
                   long maxPriceMinor, long available, boolean inStock, long sales, String createdAt,
                   List<String> attributes, ProductDocument.Presentation presentation, ProductDocument.Rated rating,
                   List<Sku> skus) {

        static final List<String> FIELDS = List.of("productId", "name", "description", "type", "sellerId", "brandId",
                "brand", "categoryId", "categoryPath", "currency", "minPriceMinor", "maxPriceMinor", "available",
                "inStock", "sales", "createdAt", "attributes", "presentation", "rating", "skus.skuId", "skus.skuName",
                "skus.price", "skus.available", "skus.attributes");

        Listing {
            categoryPath = categoryPath == null ? List.of() : categoryPath;
            attributes = attributes == null ? List.of() : attributes;
            presentation = presentation == null ? ProductDocument.Presentation.NONE : presentation;
            skus = skus == null ? List.of() : skus;
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Sku(String skuId, String skuName, String price, long available, List<String> attributes) {

            Sku {
                attributes = attributes == null ? List.of() : attributes;
            }
        }
    }

    /** Counts of the matching products by brand, category (a category counts its descendants' products), attribute and price. */
    record Facets(List<Facet> brands, List<Facet> categories, List<AttributeFacet> attributes, List<PriceFacet> prices) {
    }

    /** A value to filter by, its label when the value is an id, and how many matching products have it. */
    record Facet(String value, String label, long count) {
    }

    record AttributeFacet(String name, List<Facet> values) {
    }

    /** A price band of the products' lowest prices, from inclusive to exclusive (null: no upper bound). */
    record PriceFacet(String from, String to, long count) {
    }

    static String decimal(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString();
    }
}
