package dev.orderledger.search;

import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.product.ProductPresentation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Public product search and search-box suggestions: anyone may look, no token needed. Filters:
 * {@code category} (its descendants included), {@code brand} (brand ids, repeatable), {@code seller} (one shop),
 * {@code minPrice}/{@code maxPrice} (exact decimals in {@code currency}, default CNY),
 * {@code attr=name:value} (repeatable: values of one name are alternatives, different names must
 * all hold for one SKU), {@code tag} (repeatable: every tag given must be on the item; compared as
 * tags are kept, lower-case), {@code inStock=true}; {@code sort} is relevance, price_asc, price_desc,
 * newest, sales or rating (best average first, then most reviews; unrated items last).
 */
@RestController
@RequestMapping("/api/products/search")
class ProductSearchController {

    /** Tags one search may require: an item has at most {@value ProductPresentation#MAX_TAGS}. */
    private static final int MAX_TAG_FILTERS = ProductPresentation.MAX_TAGS;

    private final ProductSearch search;

    ProductSearchController(ProductSearch search) {
        this.search = search;
    }

    @GetMapping
    SearchResults search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
                         @RequestParam(required = false) @Size(min = 1, max = 64) String category,
                         @RequestParam(required = false) @Size(max = 20) List<@NotBlank @Size(max = 64) String> brand,
                         @RequestParam(required = false) @Size(min = 1, max = 64) String seller,
                         @RequestParam(required = false) @DecimalMin("0") @DecimalMax(Amount.MAX) BigDecimal minPrice,
                         @RequestParam(required = false) @DecimalMin("0") @DecimalMax(Amount.MAX) BigDecimal maxPrice,
                         @RequestParam(defaultValue = "CNY") @Pattern(regexp = "[A-Z]{3}") String currency,
                         @RequestParam(required = false) @Size(max = 20)
                         List<@Pattern(regexp = "[^:]+:.+", message = "must be name:value") @Size(max = 300) String> attr,
                         @RequestParam(required = false) @Size(max = MAX_TAG_FILTERS) List<@NotBlank
                         @Size(max = ProductPresentation.MAX_TAG_LENGTH) @Pattern(regexp = ProductPresentation.TAG_REGEX,
                                 message = "is not a tag: letters, digits, spaces and . _ & + # ' -") String> tag,
                         @RequestParam(defaultValue = "false") boolean inStock,
                         @RequestParam(defaultValue = "relevance")
                         @Pattern(regexp = "relevance|price_asc|price_desc|newest|sales|rating") String sort,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        // Elasticsearch's default result window is the paging depth: from + size never goes beyond it
        Paging.requireWithinDepth(page, size);
        Currency money = currency(currency);
        Long min = minorUnits("minPrice", minPrice, money);
        Long max = minorUnits("maxPrice", maxPrice, money);
        if (min != null && max != null && min > max) {
            throw new InvalidValue("minPrice", "is more than maxPrice");
        }
        return search.search(new ProductQuery(q.strip(), category, brand, seller, min, max, currency, byName(attr), tag,
                inStock, ProductQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), page, size));
    }

    @GetMapping("/suggest")
    List<ProductSearch.Suggestion> suggest(@RequestParam @NotBlank @Size(max = 50) String prefix,
                                           @RequestParam(defaultValue = "8") @Min(1) @Max(20) int size) {
        return search.suggest(prefix.strip(), size);
    }

    /** An exact decimal in minor units of the currency; more decimals than the currency has is refused, never rounded. */
    private static Long minorUnits(String name, BigDecimal amount, Currency currency) {
        if (amount == null) {
            return null;
        }
        BigDecimal minor = amount.movePointRight(currency.getDefaultFractionDigits());
        if (minor.stripTrailingZeros().scale() > 0) {
            throw new InvalidValue(name, "has more decimals than " + currency + " allows: " + amount.toPlainString());
        }
        return minor.longValueExact();
    }

    private static Currency currency(String code) {
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("currency", "unknown currency " + code);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValue("currency", "currency " + code + " has no minor unit");
        }
        return currency;
    }

    private static Map<String, List<String>> byName(List<String> attributes) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        if (attributes != null) {
            for (String attribute : attributes) {
                int colon = attribute.indexOf(':');
                byName.computeIfAbsent(attribute.substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(attribute.substring(colon + 1).strip());
            }
        }
        return byName;
    }
}
