package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ProductQuery} into one Elasticsearch search (query, sort, page, facets) over the
 * alias, and a prefix into completion suggestions. Only ON_SHELF products are ever returned.
 *
 * <p>Text: every whitespace-separated word must match, either all its tokens somewhere in the name
 * or as a phrase in the name, brand, category names, tags, attributes, SKU names or description. The
 * standard analyzer makes each Chinese character a token, so a phrase keeps "男士" from matching a
 * description that has 男 and 士 far apart; a phrase of the whole query in the name ranks first.
 */
@Component
class ProductSearch {

    private static final List<String> TEXT_FIELDS = List.of("name^3", "brand.text^3", "categoryNames^2",
            "presentation.tags.text^2", "attributes.text^1.5", "skuNames^1.5", "description");
    /** Price bands of the facet, in major units of the currency. */
    private static final long[] PRICE_BANDS = {0, 50, 100, 200, 500, 1_000};
    private static final String ON_SHELF = "ON_SHELF";

    private final ElasticsearchClient client;
    private final CategoryIndex categories;

    ProductSearch(ElasticsearchClient client, CategoryIndex categories) {
        this.client = client;
        this.categories = categories;
    }

    SearchResults search(ProductQuery query) {
        try {
            SearchResponse<SearchResults.Listing> response = client.search(request -> request.index(ProductIndex.ALIAS)
                    .query(query(query))
                    .sort(sort(query))
                    .from(query.page() * query.size()).size(query.size())
                    .trackTotalHits(total -> total.enabled(true))
                    .source(source -> source.filter(filter -> filter.includes(SearchResults.Listing.FIELDS)))
                    .aggregations(facets(query.currency())), SearchResults.Listing.class);
            List<SearchResults.Item> items = response.hits().hits().stream().map(Hit::source)
                    .map(SearchResults.Item::of).toList();
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new SearchResults(query.text(), query.sort().name().toLowerCase(), query.page(), query.size(), total,
                    items, facets(response.aggregations(), query.currency()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A product completed by the search box: the name to show and what the prefix matched. */
    record Suggestion(String productId, String name, String brand, String matched) {
    }

    private record SuggestionSource(String productId, String name, String brand) {
    }

    /** On-shelf products whose name (from any word in it) or brand starts with the prefix, best sellers first. */
    List<Suggestion> suggest(String prefix, int size) {
        try {
            SearchResponse<SuggestionSource> response = client.search(request -> request.index(ProductIndex.ALIAS)
                    .size(0)
                    .source(source -> source.filter(filter -> filter.includes("productId", "name", "brand")))
                    .suggest(suggest -> suggest.suggesters("products", suggester -> suggester.prefix(prefix)
                            .completion(completion -> completion.field("suggest").size(size).skipDuplicates(false)
                                    .contexts("status", List.of(CompletionContext.of(context -> context
                                            .context(value -> value.category(ON_SHELF)))))))),
                    SuggestionSource.class);
            return response.suggest().getOrDefault("products", List.of()).stream()
                    .flatMap(suggestion -> suggestion.completion().options().stream())
                    .filter(option -> option.source() != null)
                    .map(option -> new Suggestion(option.source().productId(), option.source().name(),
                            option.source().brand(), option.text()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query query(ProductQuery query) {
        return Query.of(q -> q.bool(bool -> {
            bool.filter(term("status", ON_SHELF));
            if (query.category() != null) {
                bool.filter(term("categoryPath", query.category()));
            }
            if (!query.brands().isEmpty()) {
                bool.filter(terms("brandId", query.brands()));
            }
            if (query.seller() != null) {
                bool.filter(term("sellerId", query.seller()));
            }
            query.tags().forEach(tag -> bool.filter(term("presentation.tags", tag)));
            if (query.minPriceMinor() != null || query.maxPriceMinor() != null) {
                bool.filter(term("currency", query.currency()));
            }
            if (query.filtersSkus()) {
                bool.filter(filter -> filter.nested(nested -> nested.path("skus").query(sku(query))));
            }
            if (query.hasText()) {
                for (String word : query.text().strip().split("\\s+")) {
                    bool.must(word(word));
                }
                bool.should(should -> should.matchPhrase(phrase -> phrase.field("name").query(query.text()).boost(3f)));
            }
            return bool;
        }));
    }

    /** The conditions one SKU must meet together: price range, every attribute named, stock. */
    private static Query sku(ProductQuery query) {
        return Query.of(q -> q.bool(bool -> {
            if (query.minPriceMinor() != null || query.maxPriceMinor() != null) {
                bool.filter(filter -> filter.range(range -> range.untyped(price -> {
                    price.field("skus.priceMinor");
                    if (query.minPriceMinor() != null) {
                        price.gte(JsonData.of(query.minPriceMinor()));
                    }
                    if (query.maxPriceMinor() != null) {
                        price.lte(JsonData.of(query.maxPriceMinor()));
                    }
                    return price;
                })));
            }
            query.attributes().forEach((name, values) -> bool.filter(terms("skus.matchAttributes",
                    values.stream().map(value -> name + ":" + value).toList())));
            if (query.inStock()) {
                bool.filter(filter -> filter.range(range -> range.untyped(stock -> stock.field("skus.available")
                        .gt(JsonData.of(0)))));
            }
            return bool;
        }));
    }

    private static Query word(String word) {
        return Query.of(q -> q.bool(bool -> bool
                .should(should -> should.match(match -> match.field("name").query(word).operator(Operator.And).boost(2f)))
                .should(should -> should.multiMatch(match -> match.query(word).type(TextQueryType.Phrase)
                        .fields(TEXT_FIELDS)))
                .minimumShouldMatch("1")));
    }

    private static List<SortOptions> sort(ProductQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> {
                sort.add(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))));
                sort.add(field("sales", SortOrder.Desc));
            }
            case PRICE_ASC -> sort.add(field("minPriceMinor", SortOrder.Asc));
            case PRICE_DESC -> sort.add(field("minPriceMinor", SortOrder.Desc));
            case NEWEST -> sort.add(field("createdAt", SortOrder.Desc));
            case SALES -> sort.add(field("sales", SortOrder.Desc));
            case RATING -> {
                // unrated items have no rating: Elasticsearch sorts a missing value last; an index made from
                // an older mapping (until the rebuild at start-up has replaced it) has no such field at all
                sort.add(bestFirst("rating.averageMilli"));
                sort.add(bestFirst("rating.reviews"));
            }
        }
        sort.add(field("productId", SortOrder.Asc));
        return sort;
    }

    private static Map<String, Aggregation> facets(String currency) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("brands", Aggregation.of(a -> a.terms(terms -> terms.field("brandId").size(30))
                .aggregations("label", label -> label.terms(terms -> terms.field("brand").size(1)))));
        facets.put("categories", Aggregation.of(a -> a.terms(terms -> terms.field("categoryPath").size(100))));
        facets.put("attributes", Aggregation.of(a -> a.terms(terms -> terms.field("attributes").size(500))));
        long unit = BigDecimal.ONE.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits()).longValueExact();
        List<Query> bands = new ArrayList<>();
        for (int i = 0; i < PRICE_BANDS.length; i++) {
            long from = PRICE_BANDS[i] * unit;
            Long to = i + 1 < PRICE_BANDS.length ? PRICE_BANDS[i + 1] * unit : null;
            bands.add(Query.of(q -> q.range(range -> range.untyped(price -> {
                price.field("minPriceMinor").gte(JsonData.of(from));
                return to == null ? price : price.lt(JsonData.of(to));
            }))));
        }
        facets.put("prices", Aggregation.of(a -> a.filter(term("currency", currency))
                .aggregations("bands", band -> band.filters(filters -> filters.filters(buckets -> buckets.array(bands))))));
        return facets;
    }

    private SearchResults.Facets facets(Map<String, Aggregate> aggregations, String currency) {
        List<SearchResults.Facet> brands = aggregations.get("brands").sterms().buckets().array().stream()
                .map(bucket -> new SearchResults.Facet(key(bucket), bucket.aggregations().get("label").sterms().buckets()
                        .array().stream().findFirst().map(ProductSearch::key).orElse(null), bucket.docCount()))
                .toList();
        List<StringTermsBucket> categoryBuckets = aggregations.get("categories").sterms().buckets().array();
        Map<String, String> names = categories.names(categoryBuckets.stream().map(ProductSearch::key).toList());
        List<SearchResults.Facet> categoryFacets = categoryBuckets.stream()
                .map(bucket -> new SearchResults.Facet(key(bucket), names.get(key(bucket)), bucket.docCount())).toList();
        Map<String, List<SearchResults.Facet>> byName = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregations.get("attributes").sterms().buckets().array()) {
            String attribute = key(bucket);
            int colon = attribute.indexOf(':');
            byName.computeIfAbsent(attribute.substring(0, colon), name -> new ArrayList<>())
                    .add(new SearchResults.Facet(attribute.substring(colon + 1), null, bucket.docCount()));
        }
        List<SearchResults.AttributeFacet> attributes = byName.entrySet().stream()
                .map(entry -> new SearchResults.AttributeFacet(entry.getKey(), entry.getValue())).toList();
        List<SearchResults.PriceFacet> prices = new ArrayList<>();
        var bands = aggregations.get("prices").filter().aggregations().get("bands").filters().buckets().array();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).docCount() > 0) {
                String to = i + 1 < PRICE_BANDS.length ? major(PRICE_BANDS[i + 1], currency) : null;
                prices.add(new SearchResults.PriceFacet(major(PRICE_BANDS[i], currency), to, bands.get(i).docCount()));
            }
        }
        return new SearchResults.Facets(brands, categoryFacets, attributes, prices);
    }

    private static String major(long amount, String currency) {
        return BigDecimal.valueOf(amount).setScale(Currency.getInstance(currency).getDefaultFractionDigits()).toPlainString();
    }

    private static String key(StringTermsBucket bucket) {
        return bucket.key().stringValue();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(term -> term.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(terms -> terms.field(field).terms(set -> set.value(values.stream()
                .map(FieldValue::of).toList()))));
    }

    private static SortOptions field(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order)));
    }

    /** Highest first, a document without the field last, and no failure where the index lacks the field. */
    private static SortOptions bestFirst(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc).unmappedType(FieldType.Long)));
    }
}
