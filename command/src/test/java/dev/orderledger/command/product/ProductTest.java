package dev.orderledger.command.product;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductPutOnShelfEvent;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.PutProductOnShelfCommand;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    static final ProductId TEE = ProductId.of("tee");
    static final Actor SELLER = new Actor("seller-1", Set.of(Role.BUYER, Role.SELLER));
    static final Actor OTHER_SELLER = new Actor("seller-2", Set.of(Role.BUYER, Role.SELLER));
    static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN));
    static final SkuSpec RED_M = new SkuSpec(SkuId.of("tee-red-m"), Money.of("79.90", "CNY"), Map.of("colour", "red", "size", "M"));
    static final SkuSpec BLUE_L = new SkuSpec(SkuId.of("tee-blue-l"), Money.of("89.90", "CNY"), Map.of("colour", "blue", "size", "L"));

    AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    static CreateProductCommand create(SkuSpec... skus) {
        return new CreateProductCommand(TEE, SELLER, ProductType.PHYSICAL, "Cotton tee", "Plain", "tops", "NIKE", List.of(skus));
    }

    static ProductCreatedEvent created() {
        return new ProductCreatedEvent(TEE, SELLER.userId(), ProductType.PHYSICAL, "Cotton tee", "Plain", "tops", "NIKE", List.of(RED_M, BLUE_L),
                ContentDigest.of("Cotton tee", "Plain", "tops", "NIKE", List.of(RED_M, BLUE_L)));
    }

    @Test
    void aSellerCreatesADraftWithAContentDigest() {
        fixture.givenNoPriorActivity()
                .when(create(RED_M, BLUE_L))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void aProductNeedsASku() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void skuIdsAreUniqueWithinAProduct() {
        fixture.givenNoPriorActivity()
                .when(create(RED_M, new SkuSpec(RED_M.skuId(), Money.of("1.00", "CNY"), Map.of())))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("SKU tee-red-m appears twice");
    }

    @Test
    void pricesArePositive() {
        fixture.givenNoPriorActivity()
                .when(create(new SkuSpec(SkuId.of("free"), Money.of("0.00", "CNY"), Map.of())))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void theSellerPutsTheDraftOnShelf() {
        fixture.given(created())
                .when(new PutProductOnShelfCommand(TEE, SELLER))
                .expectEvents(new ProductPutOnShelfEvent(TEE, SELLER.userId()));
    }

    @Test
    void puttingOnShelfTwiceChangesNothing() {
        fixture.given(created(), new ProductPutOnShelfEvent(TEE, SELLER.userId()))
                .when(new PutProductOnShelfCommand(TEE, SELLER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherSellerCannotEvenSeeTheProduct() {
        fixture.given(created())
                .when(new PutProductOnShelfCommand(TEE, OTHER_SELLER))
                .expectException(ResourceNotFound.class)
                .expectNoEvents();
    }

    @Test
    void anAdminMayPutAnyProductOnShelf() {
        fixture.given(created())
                .when(new PutProductOnShelfCommand(TEE, ADMIN))
                .expectEvents(new ProductPutOnShelfEvent(TEE, SELLER.userId()));
    }

    @Test
    void equalContentGivesTheSameSnapshotIdAndAnyChangeANewOne() {
        String digest = ContentDigest.of("Cotton tee", "Plain", "tops", "NIKE", List.of(RED_M, BLUE_L));

        assertThat(ContentDigest.of("Cotton tee", "Plain", "tops", "NIKE", List.of(BLUE_L, RED_M))).isEqualTo(digest);
        assertThat(ContentDigest.of("Cotton tee!", "Plain", "tops", "NIKE", List.of(RED_M, BLUE_L))).isNotEqualTo(digest);
        assertThat(ContentDigest.of("Cotton tee", "Plain", "tops", "NIKE",
                List.of(RED_M, new SkuSpec(BLUE_L.skuId(), Money.of("89.91", "CNY"), BLUE_L.salesAttributes()))))
                .isNotEqualTo(digest);
        assertThat(ContentDigest.of("ab", "c", null, null, List.of(RED_M)))
                .isNotEqualTo(ContentDigest.of("a", "bc", null, null, List.of(RED_M)));
    }
}
