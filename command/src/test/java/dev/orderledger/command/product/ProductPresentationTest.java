package dev.orderledger.command.product;

import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.ChangeProductPresentationCommand;
import dev.orderledger.api.product.ChangeSkuPriceCommand;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.ProductPresentationChangedEvent;
import dev.orderledger.api.product.ProductRatedEvent;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.RateProductCommand;
import dev.orderledger.api.product.Rating;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.product.SnapshotId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.orderledger.api.product.ProductStatus.DRAFT;
import static dev.orderledger.command.product.ProductTest.ADMIN;
import static dev.orderledger.command.product.ProductTest.BASICS;
import static dev.orderledger.command.product.ProductTest.BLACK_L;
import static dev.orderledger.command.product.ProductTest.NOW;
import static dev.orderledger.command.product.ProductTest.OTHER_SELLER;
import static dev.orderledger.command.product.ProductTest.SELLER;
import static dev.orderledger.command.product.ProductTest.TEE;
import static dev.orderledger.command.product.ProductTest.WHITE_M;
import static dev.orderledger.command.product.ProductTest.created;
import static dev.orderledger.command.product.ProductTest.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an item is shown (the seller's, part of its snapshot) and its rating (the platform's, not part of it). */
class ProductPresentationTest {

    static final ProductPresentation HEADPHONES = new ProductPresentation(
            List.of("https://img.example.com/tee-1.jpg", "https://img.example.com/tee-2.jpg"),
            List.of(" Cotton ", "summer  sale", "cotton"), "20% off for a limited time", LocalDate.of(2023, 1, 15));

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        ProductTest test = new ProductTest();
        test.setUp();
        fixture = test.fixture;
    }

    @Test
    void tagsAreKeptStrippedLowerCaseAndOnceEach() {
        assertThat(HEADPHONES.tags()).containsExactly("cotton", "summer sale");
        assertThat(new ProductPresentation(null, null, "  ", null).presentsNothing()).isTrue();
    }

    @Test
    void aSellerPresentsTheItemAtCreationAndItIsPartOfItsSnapshot() {
        List<SkuSpec> skus = List.of(BLACK_L, WHITE_M);
        SnapshotId shown = digest(skus, HEADPHONES);

        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(TEE, SELLER, created().type(), CategoryId.of("1003001"), BrandId.of("2001"),
                        created().name(), created().description(), BASICS, skus, HEADPHONES))
                .expectEvents(withPresentation(created(), shown, HEADPHONES));
        assertThat(shown).isNotEqualTo(created().contentDigest());
    }

    @Test
    void anItemThatShowsNothingKeepsTheSnapshotIdItHadBeforeItemsHadAPresentation() {
        // the digest the ledger gave this content before presentations existed
        assertThat(ContentDigest.of("Tee", "Plain", CategoryId.of("c"), BrandId.of("b"), BASICS, List.of(BLACK_L, WHITE_M), null))
                .isEqualTo(SnapshotId.of(DIGEST_BEFORE_PRESENTATIONS))
                .isEqualTo(ContentDigest.of("Tee", "Plain", CategoryId.of("c"), BrandId.of("b"), BASICS, List.of(BLACK_L, WHITE_M),
                        ProductPresentation.NONE));
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(TEE, SELLER, created().type(), CategoryId.of("1003001"), BrandId.of("2001"),
                        created().name(), created().description(), BASICS, List.of(BLACK_L, WHITE_M), ProductPresentation.NONE))
                .expectEvents(created());
    }

    @Test
    void theSellerChangesThePresentationAndTheItemGetsANewSnapshot() {
        fixture.given(created())
                .when(new ChangeProductPresentationCommand(TEE, SELLER, HEADPHONES, NOW))
                .expectEvents(new ProductPresentationChangedEvent(TEE, SELLER.userId(), HEADPHONES,
                        digest(List.of(BLACK_L, WHITE_M), HEADPHONES), NOW));
    }

    @Test
    void theSamePresentationAgainChangesNothing() {
        fixture.given(created(), changed(HEADPHONES))
                .when(new ChangeProductPresentationCommand(TEE, SELLER, new ProductPresentation(HEADPHONES.imageUrls(),
                        List.of("COTTON", "Summer Sale"), HEADPHONES.promotionalInfo(), HEADPHONES.releaseDate()), NOW))
                .expectNoEvents();
    }

    @Test
    void imagesInAnotherOrderAreAnotherSnapshotButTagsInAnotherOrderAreNot() {
        List<SkuSpec> skus = List.of(BLACK_L, WHITE_M);
        ProductPresentation imagesSwapped = new ProductPresentation(List.of(HEADPHONES.imageUrls().get(1),
                HEADPHONES.imageUrls().get(0)), HEADPHONES.tags(), HEADPHONES.promotionalInfo(), HEADPHONES.releaseDate());
        ProductPresentation tagsSwapped = new ProductPresentation(HEADPHONES.imageUrls(), List.of("summer sale", "cotton"),
                HEADPHONES.promotionalInfo(), HEADPHONES.releaseDate());

        assertThat(digest(skus, imagesSwapped)).isNotEqualTo(digest(skus, HEADPHONES));
        assertThat(digest(skus, tagsSwapped)).isEqualTo(digest(skus, HEADPHONES));
    }

    @Test
    void aPriceChangeKeepsThePresentationInTheSnapshot() {
        SkuSpec cheaper = BLACK_L.withPrice(Money.of("69.00", "CNY"));
        fixture.given(created(), changed(HEADPHONES))
                .when(new ChangeSkuPriceCommand(TEE, SELLER, BLACK_L.skuId(), cheaper.price(), NOW))
                .expectEvents(new SkuPriceChangedEvent(TEE, BLACK_L.skuId(), BLACK_L.price(), cheaper.price(),
                        digest(List.of(cheaper, WHITE_M), HEADPHONES), NOW));
    }

    @Test
    void anotherSellerCannotEvenSeeTheItemAndAFrozenItemKeepsItsPresentation() {
        fixture.given(created())
                .when(new ChangeProductPresentationCommand(TEE, OTHER_SELLER, HEADPHONES, NOW))
                .expectException(ResourceNotFound.class);
        fixture.given(created(), moved(DRAFT, ProductTransition.FREEZE))
                .when(new ChangeProductPresentationCommand(TEE, SELLER, HEADPHONES, NOW))
                .expectException(StateConflict.class);
    }

    @Test
    void theRatingIsThePlatformsAndKeepsTheSnapshot() {
        Rating rating = new Rating(4, 18);
        fixture.given(created())
                .when(new RateProductCommand(TEE, ADMIN, rating, NOW))
                .expectEvents(new ProductRatedEvent(TEE, ADMIN.userId(), rating, NOW));
        fixture.given(created(), new ProductRatedEvent(TEE, ADMIN.userId(), rating, NOW))
                .when(new RateProductCommand(TEE, ADMIN, new Rating(4, 18), NOW))
                .expectNoEvents();
        fixture.given(created())
                .when(new RateProductCommand(TEE, SELLER, rating, NOW))
                .expectException(NotPermitted.class);
        fixture.given(created(), moved(DRAFT, ProductTransition.DELETE))
                .when(new RateProductCommand(TEE, ADMIN, rating, NOW))
                .expectException(StateConflict.class);
    }

    @Test
    void aRatingsAverageIsExactShownToOneDecimalAndSortedInThousandths() {
        Rating thirteenOfThree = new Rating(3, 13);

        assertThat(thirteenOfThree.average()).isEqualTo("4.3");
        assertThat(thirteenOfThree.averageMilli()).isEqualTo(4333);
        assertThat(new Rating(2, 9).average()).isEqualTo("4.5");
        assertThat(new Rating(0, 0).rated()).isFalse();
        assertThat(new Rating(0, 0).average()).isNull();
        assertThatThrownBy(() -> new Rating(2, 11)).isInstanceOf(InvalidValue.class)
                .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("stars");
        assertThatThrownBy(() -> new Rating(2, 1)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Rating(-1, 0)).isInstanceOf(InvalidValue.class)
                .extracting(failure -> ((InvalidValue) failure).field()).isEqualTo("reviews");
    }

    private static final String DIGEST_BEFORE_PRESENTATIONS = "6878f03841be156ea6543266b60ccecd";

    private static SnapshotId digest(List<SkuSpec> skus, ProductPresentation presentation) {
        ProductCreatedEvent created = created();
        return ContentDigest.of(created.name(), created.description(), created.categoryId(), created.brandId(), BASICS, skus,
                presentation);
    }

    private static ProductPresentationChangedEvent changed(ProductPresentation presentation) {
        return new ProductPresentationChangedEvent(TEE, SELLER.userId(), presentation,
                digest(List.of(BLACK_L, WHITE_M), presentation), NOW);
    }

    private static ProductCreatedEvent withPresentation(ProductCreatedEvent created, SnapshotId digest,
                                                        ProductPresentation presentation) {
        return new ProductCreatedEvent(created.productId(), created.sellerId(), created.type(), created.categoryId(),
                created.brandId(), created.brandName(), created.name(), created.description(), created.basicAttributes(),
                created.skus(), digest, presentation);
    }
}
