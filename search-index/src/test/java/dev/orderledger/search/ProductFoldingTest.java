package dev.orderledger.search;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import java.util.stream.Stream;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.CategoryCreatedEvent;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockRebalancedEvent;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.ProductPresentationChangedEvent;
import dev.orderledger.api.product.ProductRatedEvent;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.Rating;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.product.SkuSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one piece of logic the live projection and the rebuild share: events folded into a product document. */
class ProductFoldingTest {

    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");
    private static final ProductId TSHIRT = ProductId.of("tshirt");
    private static final SkuId BLACK_L = SkuId.of("black-l");
    private static final SkuId WHITE_M = SkuId.of("white-m");
    private static final OrderId ORDER = OrderId.of("1735787045000000001");
    private static final Map<String, ProductCategory> CATEGORIES = Map.of(
            "1003", ProductCategory.of(new CategoryCreatedEvent(CategoryId.of("1003"), null, "服装", true, ProductType.PHYSICAL, Stream.of("1003").map(CategoryId::of).toList())),
            "1003001", ProductCategory.of(new CategoryCreatedEvent(CategoryId.of("1003001"), CategoryId.of("1003"), "男士T恤", true, ProductType.PHYSICAL,
                    Stream.of("1003", "1003001").map(CategoryId::of).toList())));
    private static final CategoryDirectory DIRECTORY = id -> Optional.ofNullable(CATEGORIES.get(id));

    @Test
    void aCreatedProductIsADraftInItsCategoryAndItsAncestorsWithItsPriceRangeInMinorUnits() {
        ProductDocument document = fold(null, created(), 0);

        assertThat(document.status()).isEqualTo("DRAFT");
        assertThat(document.categoryPath()).containsExactly("1003", "1003001");
        assertThat(document.categoryNames()).containsExactly("服装", "男士T恤");
        assertThat(document.minPriceMinor()).isEqualTo(7900);
        assertThat(document.maxPriceMinor()).isEqualTo(8950);
        assertThat(document.attributes()).containsExactly("材质:棉", "颜色:黑色", "尺码:L", "颜色:白色", "尺码:M");
        assertThat(document.skus().get(0).matchAttributes()).containsExactly("颜色:黑色", "尺码:L", "材质:棉");
        assertThat(document.createdAt()).isEqualTo(AT.toString());
        assertThat(document.inStock()).isFalse();
        assertThat(document.version()).isEqualTo(1);
    }

    @Test
    void stockOfEachSkuAddsUpToTheProductsStockAndSoldUnitsToItsSales() {
        ProductDocument document = fold(null, created(), 0);
        document = fold(document, received(BLACK_L, 10), 0);
        document = fold(document, received(WHITE_M, 5), 0);
        document = fold(document, new StockReservedEvent(sku(BLACK_L), ORDER, 3, AT, new StockLevels(7, 3, 0)), 1);
        document = fold(document, new ReservedStockDeductedEvent(sku(BLACK_L), ORDER, 3, new StockLevels(7, 0, 3)), 2);

        assertThat(document.available()).isEqualTo(12);
        assertThat(document.sales()).isEqualTo(3);
        assertThat(document.inStock()).isTrue();
        assertThat(document.skus()).extracting(ProductDocument.Sku::available).containsExactly(7L, 5L);
        assertThat(document.suggest().weight()).isEqualTo(3);
    }

    @Test
    void aHotSkusBucketsAddUpToItsStock() {
        ProductDocument document = fold(null, created(), 0);
        document = fold(document, received(BLACK_L, 10), 0);
        document = fold(document, new StockRebalancedEvent(sku(BLACK_L), -5, new StockLevels(5, 0, 0), 0), 1);
        document = fold(document, new StockRebalancedEvent(sku(BLACK_L), 5, new StockLevels(5, 0, 0), 1), 1);
        document = fold(document, new StockReservedEvent(sku(BLACK_L), ORDER, 2, AT, new StockLevels(3, 2, 0), 1), 2);

        assertThat(document.skus().get(0)).extracting(ProductDocument.Sku::available, ProductDocument.Sku::reserved)
                .containsExactly(8L, 2L);
        assertThat(document.applied()).containsEntry("stock/black-l", 1L).containsEntry("stock/black-l#1", 2L);
        assertThat(ProductFolding.apply(document, new StockReservedEvent(sku(BLACK_L), ORDER, 2, AT,
                new StockLevels(3, 2, 0), 1), 2, AT, DIRECTORY)).as("a bucket's event folded in before").isEmpty();
    }

    @Test
    void theVersionIsTheSumOfTheSourcesSequencesAndGrowsWithEveryEvent() {
        ProductDocument document = fold(null, created(), 0);
        ProductDocument received = fold(document, received(BLACK_L, 10), 0);
        ProductDocument shelved = fold(received, onShelf(), 1);
        ProductDocument released = fold(shelved, new StockReservationReleasedEvent(sku(BLACK_L), ORDER, 1,
                ReleaseReason.EXPIRED, new StockLevels(10, 0, 0)), 3);

        assertThat(List.of(document.version(), received.version(), shelved.version(), released.version()))
                .containsExactly(1L, 2L, 3L, 6L);
        assertThat(released.applied()).containsEntry("product", 1L).containsEntry("stock/black-l", 3L);
    }

    @Test
    void anEventAlreadyFoldedInChangesNothing() {
        ProductDocument shelved = fold(fold(null, created(), 0), onShelf(), 1);
        ProductDocument repriced = fold(shelved, repriced(BLACK_L, "69.00"), 2);

        assertThat(ProductFolding.apply(repriced, onShelf(), 1, AT, DIRECTORY)).isEmpty();
        assertThat(ProductFolding.apply(repriced, repriced(BLACK_L, "59.00"), 2, AT, DIRECTORY)).isEmpty();
        assertThat(ProductFolding.apply(repriced, created(), 0, AT, DIRECTORY)).isEmpty();
    }

    @Test
    void aPriceChangeMovesTheSkuPriceAndThePriceRange() {
        ProductDocument document = fold(fold(null, created(), 0), repriced(WHITE_M, "59.90"), 1);

        assertThat(document.skus().get(1).price()).isEqualTo("59.90");
        assertThat(document.skus().get(1).priceMinor()).isEqualTo(5990);
        assertThat(document.minPriceMinor()).isEqualTo(5990);
        assertThat(document.maxPriceMinor()).isEqualTo(7900);
    }

    @Test
    void theStatusDecidesTheSuggestionContext() {
        ProductDocument shelved = fold(fold(null, created(), 0), onShelf(), 1);

        assertThat(shelved.onShelf()).isTrue();
        assertThat(shelved.suggest().contexts()).containsEntry("status", List.of("ON_SHELF"));
    }

    @Test
    void aPresentationChangeReplacesHowTheProductIsShownAndARatingIsKeptExactly() {
        ProductDocument shown = fold(fold(null, created(), 0), presented(new ProductPresentation(
                List.of("https://img.example.com/1.jpg", "https://img.example.com/2.jpg"), List.of("Cotton", "summer sale"),
                "20% off for a limited time", LocalDate.of(2023, 1, 15))), 1);
        ProductDocument rated = fold(shown, new ProductRatedEvent(TSHIRT, UserId.of("admin"), new Rating(3, 13), AT), 2);

        assertThat(shown.presentation().imageUrls()).containsExactly("https://img.example.com/1.jpg", "https://img.example.com/2.jpg");
        assertThat(shown.presentation().tags()).containsExactly("cotton", "summer sale");
        assertThat(shown.presentation().promotionalInfo()).isEqualTo("20% off for a limited time");
        assertThat(shown.presentation().releaseDate()).isEqualTo("2023-01-15");
        assertThat(shown.rating()).as("not rated yet").isNull();
        assertThat(rated.rating()).isEqualTo(new ProductDocument.Rated(3, 13, "4.3", 4333));
        assertThat(rated.presentation()).isEqualTo(shown.presentation());
        assertThat(rated.version()).isEqualTo(3);
        assertThat(fold(rated, presented(ProductPresentation.NONE), 3).presentation().tags()).isEmpty();
        assertThat(fold(rated, new ProductRatedEvent(TSHIRT, UserId.of("admin"), new Rating(0, 0), AT), 3).rating())
                .as("no reviews left: not rated").isNull();
    }

    @Test
    void aProductCreatedWithAPresentationShowsItAndOneCreatedBeforePresentationsShowsNothing() {
        ProductCreatedEvent old = created();
        ProductCreatedEvent shown = new ProductCreatedEvent(old.productId(), old.sellerId(), old.type(), old.categoryId(),
                old.brandId(), old.brandName(), old.name(), old.description(), old.basicAttributes(), old.skus(),
                old.contentDigest(), new ProductPresentation(null, List.of("tee"), null, null));

        assertThat(fold(null, shown, 0).presentation().tags()).containsExactly("tee");
        assertThat(fold(null, old, 0).presentation()).isEqualTo(ProductDocument.Presentation.NONE);
        assertThat(ProductFolding.productIdOf(presented(ProductPresentation.NONE))).isEqualTo("tshirt");
        assertThat(ProductFolding.sourceOf(new ProductRatedEvent(TSHIRT, UserId.of("admin"), new Rating(1, 5), AT)))
                .isEqualTo(ProductDocument.PRODUCT_SOURCE);
    }

    @Test
    void aDocumentStoredBeforeItHadAPresentationOrRatingIsReadAsShowingNothing() throws Exception {
        ProductDocument document = fold(null, created(), 0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode stored = json.valueToTree(document);
        stored.remove(List.of("presentation", "rating"));

        ProductDocument read = json.treeToValue(stored, ProductDocument.class);

        assertThat(read.presentation()).isEqualTo(ProductDocument.Presentation.NONE);
        assertThat(read.rating()).isNull();
        assertThat(read.version()).isEqualTo(document.version());
    }

    @Test
    void aChangeToAProductNeverCreatedIsRefused() {
        assertThatThrownBy(() -> ProductFolding.apply(null, received(BLACK_L, 1), 0, AT, DIRECTORY))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tshirt");
    }

    @Test
    void aProductInACategoryNotKnownYetKeepsTheCategoryItself() {
        ProductDocument document = fold(null, created(), 0, id -> Optional.empty());

        assertThat(document.categoryPath()).containsExactly("1003001");
        assertThat(document.categoryNames()).isEmpty();
    }

    @Test
    void stockEventsOfOneProductShareItsSequenceKey() {
        assertThat(ProductFolding.productIdOf(received(WHITE_M, 1))).isEqualTo("tshirt");
        assertThat(ProductFolding.productIdOf(onShelf())).isEqualTo("tshirt");
        assertThat(ProductFolding.productIdOf("something else")).isNull();
    }

    @Test
    void theSearchBoxCompletesFromEveryWordOfTheNameAndTheBrand() {
        assertThat(ProductDocument.suggestions("经典圆领男士T恤", "NIKE"))
                .contains("经典圆领男士T恤", "男士T恤", "T恤", "NIKE").doesNotContain("恤");
        assertThat(ProductDocument.suggestions("Nike Air Max", null)).containsExactly("Nike Air Max", "Air Max", "Max");
    }

    private static ProductDocument fold(ProductDocument current, Object event, long sequence) {
        return fold(current, event, sequence, DIRECTORY);
    }

    private static ProductDocument fold(ProductDocument current, Object event, long sequence, CategoryDirectory categories) {
        return ProductFolding.apply(current, event, sequence, AT, categories).orElseThrow();
    }

    private static ProductCreatedEvent created() {
        return new ProductCreatedEvent(TSHIRT, UserId.of("seller-1"), ProductType.PHYSICAL, CategoryId.of("1003001"), BrandId.of("2001"), "NIKE",
                "经典圆领男士T恤", "柔软舒适，100%纯棉", List.of(new Attribute(AttributeId.of("102"), "材质", "棉")),
                List.of(new SkuSpec(BLACK_L, "黑色 L", Money.of("79.00", "CNY"),
                                List.of(new Attribute(AttributeId.of("201"), "颜色", "黑色"), new Attribute(AttributeId.of("202"), "尺码", "L"))),
                        new SkuSpec(WHITE_M, "白色 M", Money.of("89.50", "CNY"),
                                List.of(new Attribute(AttributeId.of("201"), "颜色", "白色"), new Attribute(AttributeId.of("202"), "尺码", "M")))),
                SnapshotId.of("digest-1"), null);
    }

    private static ProductStatusChangedEvent onShelf() {
        return new ProductStatusChangedEvent(TSHIRT, UserId.of("seller-1"), ProductStatus.AUDIT_APPROVED, ProductStatus.ON_SHELF,
                ProductTransition.PUT_ON_SHELF, null, AT);
    }

    private static SkuPriceChangedEvent repriced(SkuId sku, String price) {
        return new SkuPriceChangedEvent(TSHIRT, sku, Money.of("79.00", "CNY"), Money.of(price, "CNY"), SnapshotId.of("digest-2"), AT);
    }

    private static ProductPresentationChangedEvent presented(ProductPresentation presentation) {
        return new ProductPresentationChangedEvent(TSHIRT, UserId.of("seller-1"), presentation, SnapshotId.of("digest-3"), AT);
    }

    private static StockReceivedEvent received(SkuId sku, long quantity) {
        return new StockReceivedEvent(sku(sku), UserId.of("seller-1"), quantity, "initial", new StockLevels(quantity, 0, 0));
    }

    private static SkuRef sku(SkuId sku) {
        return new SkuRef(TSHIRT, sku);
    }
}
