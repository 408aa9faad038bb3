package dev.orderledger.command.product;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ChangeProductStatusCommand;
import dev.orderledger.api.product.ChangeSkuPriceCommand;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductStatus;
import dev.orderledger.api.product.ProductStatusChangedEvent;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuPriceChangedEvent;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.command.catalog.CategoryInfo;
import dev.orderledger.command.catalog.Taxonomy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.orderledger.api.product.ProductStatus.AUDIT_APPROVED;
import static dev.orderledger.api.product.ProductStatus.DRAFT;
import static dev.orderledger.api.product.ProductStatus.ON_SHELF;
import static dev.orderledger.api.product.ProductStatus.PENDING_AUDIT;
import static org.assertj.core.api.Assertions.assertThat;

class ProductTest {

    static final ProductId TEE = ProductId.of("tee");
    static final Actor SELLER = new Actor(UserId.of("seller-1"), Set.of(Role.BUYER, Role.SELLER));
    static final Actor OTHER_SELLER = new Actor(UserId.of("seller-2"), Set.of(Role.BUYER, Role.SELLER));
    static final Actor ADMIN = new Actor(UserId.of("admin"), Set.of(Role.ADMIN));
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final List<Attribute> BASICS = List.of(new Attribute(AttributeId.of("102"), "材质", "棉"));
    static final SkuSpec BLACK_L = new SkuSpec(SkuId.of("tee-1"), "黑色 L", Money.of("79.00", "CNY"),
            List.of(new Attribute(AttributeId.of("201"), "颜色", "黑色"), new Attribute(AttributeId.of("202"), "尺码", "L")));
    static final SkuSpec WHITE_M = new SkuSpec(SkuId.of("tee-2"), "白色 M", Money.of("79.00", "CNY"),
            List.of(new Attribute(AttributeId.of("201"), "颜色", "白色"), new Attribute(AttributeId.of("202"), "尺码", "M")));

    AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new Taxonomy() {
            @Override
            public CategoryInfo category(CategoryId categoryId) {
                if (!categoryId.value().equals("1003001")) {
                    throw new BusinessRuleViolation("UNKNOWN_CATEGORY", "no category " + categoryId);
                }
                return new CategoryInfo(categoryId, List.of(CategoryId.of("1003"), CategoryId.of("1003001")), ProductType.PHYSICAL);
            }

            @Override
            public String brandName(BrandId brandId) {
                if (!brandId.value().equals("2001")) {
                    throw new BusinessRuleViolation("UNKNOWN_BRAND", "no brand " + brandId);
                }
                return "NIKE";
            }
        });
    }

    static CreateProductCommand create(String categoryId, SkuSpec... skus) {
        return new CreateProductCommand(TEE, SELLER, ProductType.PHYSICAL, categoryId == null ? null : CategoryId.of(categoryId),
                BrandId.of("2001"), "经典圆领男士T恤",
                "柔软舒适，100%纯棉", BASICS, List.of(skus), null);
    }

    static ProductCreatedEvent created() {
        return new ProductCreatedEvent(TEE, SELLER.userId(), ProductType.PHYSICAL, CategoryId.of("1003001"), BrandId.of("2001"), "NIKE", "经典圆领男士T恤",
                "柔软舒适，100%纯棉", BASICS, List.of(BLACK_L, WHITE_M),
                ContentDigest.of("经典圆领男士T恤", "柔软舒适，100%纯棉", CategoryId.of("1003001"), BrandId.of("2001"), BASICS, List.of(BLACK_L, WHITE_M),
                        null), null);
    }

    static ProductStatusChangedEvent moved(ProductStatus from, ProductTransition transition) {
        return new ProductStatusChangedEvent(TEE, SELLER.userId(), from, transition.to(), transition, null, NOW);
    }

    static ChangeProductStatusCommand take(Actor actor, ProductTransition transition) {
        return new ChangeProductStatusCommand(TEE, actor, transition, null, NOW);
    }

    @Test
    void aSellerCreatesADraftInAKnownCategoryAndBrand() {
        fixture.givenNoPriorActivity()
                .when(create("1003001", BLACK_L, WHITE_M))
                .expectEvents(created());
    }

    @Test
    void anUnknownCategoryIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("9999", BLACK_L))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("no category 9999");
    }

    @Test
    void twoSkusCannotHaveTheSameSalesAttributes() {
        fixture.givenNoPriorActivity()
                .when(create("1003001", BLACK_L, new SkuSpec(SkuId.of("tee-3"), "again", Money.of("1.00", "CNY"),
                        BLACK_L.salesAttributes())))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void aProductNeedsASkuWithAPositivePrice() {
        fixture.givenNoPriorActivity().when(create("1003001")).expectException(BusinessRuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(create("1003001", new SkuSpec(SkuId.of("free"), "free", Money.of("0.00", "CNY"), List.of())))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void theSellerSubmitsForAuditAndAnAdminApproves() {
        fixture.given(created())
                .when(take(SELLER, ProductTransition.SUBMIT_FOR_AUDIT))
                .expectEvents(moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT));
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT))
                .when(take(ADMIN, ProductTransition.APPROVE))
                .expectEvents(new ProductStatusChangedEvent(TEE, SELLER.userId(), PENDING_AUDIT, AUDIT_APPROVED,
                        ProductTransition.APPROVE, null, NOW));
    }

    @Test
    void aSellerCannotApproveTheirOwnItem() {
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT))
                .when(take(SELLER, ProductTransition.APPROVE))
                .expectException(NotPermitted.class);
    }

    @Test
    void aDraftCannotGoOnShelfWithoutAudit() {
        fixture.given(created())
                .when(take(SELLER, ProductTransition.PUT_ON_SHELF))
                .expectException(StateConflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is DRAFT"));
    }

    @Test
    void anApprovedItemGoesOnShelfAndOff() {
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT), moved(PENDING_AUDIT, ProductTransition.APPROVE))
                .when(take(SELLER, ProductTransition.PUT_ON_SHELF))
                .expectEvents(moved(AUDIT_APPROVED, ProductTransition.PUT_ON_SHELF));
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT), moved(PENDING_AUDIT, ProductTransition.APPROVE),
                        moved(AUDIT_APPROVED, ProductTransition.PUT_ON_SHELF))
                .when(take(SELLER, ProductTransition.TAKE_OFF_SHELF))
                .expectEvents(moved(ON_SHELF, ProductTransition.TAKE_OFF_SHELF));
    }

    @Test
    void takingTheSameTransitionTwiceChangesNothing() {
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT))
                .when(take(SELLER, ProductTransition.SUBMIT_FOR_AUDIT))
                .expectNoEvents();
    }

    @Test
    void onlyAnAdminFreezes() {
        fixture.given(created()).when(take(SELLER, ProductTransition.FREEZE)).expectException(NotPermitted.class);
        fixture.given(created()).when(take(ADMIN, ProductTransition.FREEZE)).expectEvents(moved(DRAFT, ProductTransition.FREEZE));
    }

    @Test
    void anItemOnShelfMustBeTakenOffBeforeItIsDeleted() {
        fixture.given(created(), moved(DRAFT, ProductTransition.SUBMIT_FOR_AUDIT), moved(PENDING_AUDIT, ProductTransition.APPROVE),
                        moved(AUDIT_APPROVED, ProductTransition.PUT_ON_SHELF))
                .when(take(SELLER, ProductTransition.DELETE))
                .expectException(StateConflict.class);
    }

    @ParameterizedTest
    @EnumSource(ProductTransition.class)
    void anotherSellerCannotEvenSeeTheItem(ProductTransition transition) {
        fixture.given(created()).when(take(OTHER_SELLER, transition)).expectException(ResourceNotFound.class);
    }

    @Test
    void aPriceChangeGivesTheItemANewSnapshot() {
        SnapshotId newDigest = ContentDigest.of("经典圆领男士T恤", "柔软舒适，100%纯棉", CategoryId.of("1003001"), BrandId.of("2001"), BASICS,
                List.of(new SkuSpec(BLACK_L.skuId(), BLACK_L.skuName(), Money.of("69.00", "CNY"), BLACK_L.salesAttributes()), WHITE_M), null);
        fixture.given(created())
                .when(new ChangeSkuPriceCommand(TEE, SELLER, BLACK_L.skuId(), Money.of("69.00", "CNY"), NOW))
                .expectEvents(new SkuPriceChangedEvent(TEE, BLACK_L.skuId(), Money.of("79.00", "CNY"), Money.of("69.00", "CNY"),
                        newDigest, NOW));
        assertThat(newDigest).isNotEqualTo(created().contentDigest());
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
        fixture.given(created())
                .when(new ChangeSkuPriceCommand(TEE, SELLER, BLACK_L.skuId(), Money.of("10.00", "USD"), NOW))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void equalContentGivesTheSameSnapshotIdAndAnyChangeANewOne() {
        SnapshotId digest = ContentDigest.of("Tee", "Plain", CategoryId.of("c"), BrandId.of("b"), BASICS, List.of(BLACK_L, WHITE_M), null);

        assertThat(ContentDigest.of("Tee", "Plain", CategoryId.of("c"), BrandId.of("b"), BASICS, List.of(WHITE_M, BLACK_L), null)).isEqualTo(digest);
        assertThat(ContentDigest.of("Tee!", "Plain", CategoryId.of("c"), BrandId.of("b"), BASICS, List.of(BLACK_L, WHITE_M), null)).isNotEqualTo(digest);
        assertThat(ContentDigest.of("Tee", "Plain", CategoryId.of("c"), BrandId.of("b"), List.of(), List.of(BLACK_L, WHITE_M), null)).isNotEqualTo(digest);
        assertThat(ContentDigest.of("ab", "c", null, null, List.of(), List.of(BLACK_L), null))
                .isNotEqualTo(ContentDigest.of("a", "bc", null, null, List.of(), List.of(BLACK_L), null));
    }
}
