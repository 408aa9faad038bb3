package dev.orderledger.command.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponShare;
import dev.orderledger.api.marketing.CouponTemplateId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.marketing.CouponGrantedEvent;
import dev.orderledger.api.marketing.CouponIssuedEvent;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.api.marketing.CouponTemplateCreatedEvent;
import dev.orderledger.api.marketing.CreateCouponTemplateCommand;
import dev.orderledger.api.marketing.DiscountRule;
import dev.orderledger.api.marketing.EarnPointsCommand;
import dev.orderledger.api.marketing.IssueCouponCommand;
import dev.orderledger.api.marketing.PointsEarnedEvent;
import dev.orderledger.api.marketing.PointsRolledBackEvent;
import dev.orderledger.api.marketing.PointsSpentEvent;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketingTest {

    static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Actor ADMIN = new Actor(UserId.of("admin"), Set.of(Role.ADMIN));
    static final Actor SELLER = new Actor(UserId.of("seller-1"), Set.of(Role.SELLER));
    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final OrderId OTHER_ORDER = OrderId.of("1795300000000002002");
    static final DiscountRule TEN_OFF_OVER_100 = DiscountRule.fixed(Money.of("10.00", "CNY"), Money.of("100.00", "CNY"));

    static RedeemCouponCommand shareOf(OrderId order, String checkoutId, String share) {
        return new RedeemCouponCommand(CouponId.of("c-1"), order, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("50.00", "CNY"),
                NOW, new CouponShare(checkoutId, Money.of("120.00", "CNY"), Money.of(share, "CNY")));
    }

    static CouponRedeemedEvent shareRedeemed(OrderId order, String share) {
        return new CouponRedeemedEvent(CouponId.of("c-1"), order, Money.of(share, "CNY"), NOW, "checkout-1");
    }

    static CouponGrantedEvent granted() {
        return new CouponGrantedEvent(CouponId.of("c-1"), CouponTemplateId.of("t-1"), "platform", UserId.of("buyer-1"), TEN_OFF_OVER_100, FROM, UNTIL);
    }

    @Nested
    class Templates {

        AggregateTestFixture<CouponTemplate> fixture = new AggregateTestFixture<>(CouponTemplate.class);

        @Test
        void anAdminCreatesAPlatformCoupon() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponTemplateCommand(CouponTemplateId.of("t-1"), ADMIN, "Ten off", TEN_OFF_OVER_100, FROM, UNTIL, 1, 100))
                    .expectEvents(new CouponTemplateCreatedEvent(CouponTemplateId.of("t-1"), "platform", "Ten off", TEN_OFF_OVER_100, FROM, UNTIL, 1, 100));
        }

        @Test
        void aSellerFundsTheirOwnCoupon() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponTemplateCommand(CouponTemplateId.of("t-1"), SELLER, "Ten off", TEN_OFF_OVER_100, FROM, UNTIL, 1, 100))
                    .expectEvents(new CouponTemplateCreatedEvent(CouponTemplateId.of("t-1"), "seller-1", "Ten off", TEN_OFF_OVER_100, FROM, UNTIL, 1, 100));
        }

        @Test
        void aPercentageAbove99IsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponTemplateCommand(CouponTemplateId.of("t-1"), ADMIN, "Free", DiscountRule.percent(100, null,
                            Money.of("0.00", "CNY")), FROM, UNTIL, 1, 100))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void aWindowThatEndsBeforeItStartsIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new CreateCouponTemplateCommand(CouponTemplateId.of("t-1"), ADMIN, "Backwards", TEN_OFF_OVER_100, UNTIL, FROM, 1, 100))
                    .expectException(BusinessRuleViolation.class);
        }
    }

    @Nested
    class Coupons {

        AggregateTestFixture<Coupon> fixture = new AggregateTestFixture<>(Coupon.class);

        @Test
        void redeemingTakesTheRuleOffTheOrder() {
            fixture.given(granted())
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("120.00", "CNY"), NOW))
                    .expectResultMessagePayload(Money.of("10.00", "CNY"))
                    .expectEvents(new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW));
        }

        @Test
        void anOrderBelowTheThresholdCannotUseIt() {
            fixture.given(granted())
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("99.99", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aCouponIsUsedOnce() {
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), OTHER_ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("120.00", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void redeemingAgainForTheSameOrderAnswersTheSameDiscount() {
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("120.00", "CNY"), NOW))
                    .expectResultMessagePayload(Money.of("10.00", "CNY"))
                    .expectNoEvents();
        }

        @Test
        void anExpiredCouponCannotBeUsed() {
            fixture.given(granted())
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("120.00", "CNY"), UNTIL))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void someoneElsesCouponDoesNotExistForYou() {
            fixture.given(granted())
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-2"), UserId.of("seller-1"), Money.of("120.00", "CNY"), NOW))
                    .expectException(ResourceNotFound.class);
        }

        @Test
        void aLateRedemptionByTheOrderThatGaveItBackIsRefused() {
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("120.00", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void aSellersCouponOnlyPaysForThatSellersGoods() {
            fixture.given(new CouponGrantedEvent(CouponId.of("c-1"), CouponTemplateId.of("t-1"), "seller-1", UserId.of("buyer-1"), TEN_OFF_OVER_100, FROM, UNTIL))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), ORDER, UserId.of("buyer-1"), UserId.of("seller-2"), Money.of("120.00", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void aRolledBackCouponCanBeUsedAgain() {
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), OTHER_ORDER, UserId.of("buyer-1"), UserId.of("seller-1"), Money.of("100.00", "CNY"), NOW))
                    .expectEvents(new CouponRedeemedEvent(CouponId.of("c-1"), OTHER_ORDER, Money.of("10.00", "CNY"), NOW));
        }

        @Test
        void rollingBackIsIdempotentAndOnlyForTheRedeemingOrder() {
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW))
                    .when(new RollBackCouponRedemptionCommand(CouponId.of("c-1"), OTHER_ORDER, NOW))
                    .expectNoEvents();
            fixture.given(granted(), new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, Money.of("10.00", "CNY"), NOW),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, NOW))
                    .when(new RollBackCouponRedemptionCommand(CouponId.of("c-1"), ORDER, NOW))
                    .expectNoEvents();
        }

        @Test
        void aPlatformCouponPaysForAWholeCheckoutEachOrderTakingItsShare() {
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"))
                    .when(shareOf(OTHER_ORDER, "checkout-1", "4.00"))
                    .expectResultMessagePayload(Money.of("4.00", "CNY"))
                    .expectEvents(shareRedeemed(OTHER_ORDER, "4.00"));
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"))
                    .when(shareOf(ORDER, "checkout-1", "6.00"))
                    .expectResultMessagePayload(Money.of("6.00", "CNY"))
                    .expectNoEvents();
        }

        @Test
        void theSharesNeverComeToMoreThanTheCouponTakesOffTheCheckout() {
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"))
                    .when(shareOf(OTHER_ORDER, "checkout-1", "4.01"))
                    .expectException(BusinessRuleViolation.class)
                    .expectNoEvents();
        }

        @Test
        void anotherCheckoutOrAnOrderOfItsOwnCannotUseASharedCoupon() {
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"))
                    .when(shareOf(OTHER_ORDER, "checkout-2", "1.00"))
                    .expectException(BusinessRuleViolation.class);
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), OTHER_ORDER, UserId.of("buyer-1"), UserId.of("seller-1"),
                            Money.of("120.00", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void aSharedCouponIsUsableAgainOnceEveryShareWasGivenBack() {
            OrderId later = OrderId.of("1795300000000002003");
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"), shareRedeemed(OTHER_ORDER, "4.00"),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), later, UserId.of("buyer-1"), UserId.of("seller-1"),
                            Money.of("120.00", "CNY"), NOW))
                    .expectException(BusinessRuleViolation.class);
            fixture.given(granted(), shareRedeemed(ORDER, "6.00"), shareRedeemed(OTHER_ORDER, "4.00"),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, NOW),
                            new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), OTHER_ORDER, NOW))
                    .when(new RedeemCouponCommand(CouponId.of("c-1"), later, UserId.of("buyer-1"), UserId.of("seller-1"),
                            Money.of("120.00", "CNY"), NOW))
                    .expectEvents(new CouponRedeemedEvent(CouponId.of("c-1"), later, Money.of("10.00", "CNY"), NOW));
        }
    }

    @Nested
    class Percentages {

        @Test
        void percentagesRoundDownToTheFenAndRespectTheCap() {
            DiscountRule fifteenPercent = DiscountRule.percent(15, Money.of("20.00", "CNY"), Money.of("0.00", "CNY"));

            assertThat(fifteenPercent.discountFor(Money.of("33.33", "CNY"))).isEqualTo(Money.of("4.99", "CNY"));
            assertThat(fifteenPercent.discountFor(Money.of("500.00", "CNY"))).isEqualTo(Money.of("20.00", "CNY"));
        }

        @Test
        void aFixedDiscountNeverExceedsTheOrder() {
            DiscountRule fiftyOff = DiscountRule.fixed(Money.of("50.00", "CNY"), Money.of("0.00", "CNY"));

            assertThat(fiftyOff.discountFor(Money.of("30.00", "CNY"))).isEqualTo(Money.of("30.00", "CNY"));
        }
    }

    @Nested
    class PointsOfABuyer {

        AggregateTestFixture<Points> fixture = new AggregateTestFixture<>(Points.class);

        @Test
        void earningIsOncePerReference() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW))
                    .when(new EarnPointsCommand(UserId.of("buyer-1"), 100, "signup", NOW))
                    .expectNoEvents();
        }

        @Test
        void spendingTakesFromTheBalance() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW))
                    .when(new SpendPointsCommand(UserId.of("buyer-1"), ORDER, 30, NOW))
                    .expectEvents(new PointsSpentEvent(UserId.of("buyer-1"), ORDER, 30, 70, NOW));
        }

        @Test
        void spendingMoreThanTheBalanceIsRefused() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW))
                    .when(new SpendPointsCommand(UserId.of("buyer-1"), ORDER, 101, NOW))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void spendingTwiceForAnOrderIsANoOp() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW), new PointsSpentEvent(UserId.of("buyer-1"), ORDER, 30, 70, NOW))
                    .when(new SpendPointsCommand(UserId.of("buyer-1"), ORDER, 30, NOW))
                    .expectNoEvents();
        }

        @Test
        void aLateSpendByTheOrderThatGaveThemBackIsRefused() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW), new PointsSpentEvent(UserId.of("buyer-1"), ORDER, 30, 70, NOW),
                            new PointsRolledBackEvent(UserId.of("buyer-1"), ORDER, 30, 100, NOW))
                    .when(new SpendPointsCommand(UserId.of("buyer-1"), ORDER, 30, NOW))
                    .expectException(BusinessRuleViolation.class);
        }

        @Test
        void rollingBackReturnsTheOrdersPointsOnce() {
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW), new PointsSpentEvent(UserId.of("buyer-1"), ORDER, 30, 70, NOW))
                    .when(new RollBackPointsCommand(UserId.of("buyer-1"), ORDER, NOW))
                    .expectEvents(new PointsRolledBackEvent(UserId.of("buyer-1"), ORDER, 30, 100, NOW));
            fixture.given(new PointsEarnedEvent(UserId.of("buyer-1"), 100, "signup", 100, NOW), new PointsSpentEvent(UserId.of("buyer-1"), ORDER, 30, 70, NOW),
                            new PointsRolledBackEvent(UserId.of("buyer-1"), ORDER, 30, 100, NOW))
                    .when(new RollBackPointsCommand(UserId.of("buyer-1"), ORDER, NOW))
                    .expectNoEvents();
        }
    }

    @Nested
    class Issuing {

        Configuration axon;
        CommandGateway commands;

        void start() {
            axon = DefaultConfigurer.defaultConfiguration(false)
                    .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                    .configureAggregate(CouponTemplate.class)
                    .configureAggregate(Coupon.class)
                    .registerCommandHandler(c -> new CouponIssuer(c.repository(CouponTemplate.class), c.repository(Coupon.class)))
                    .buildConfiguration();
            axon.start();
            commands = axon.commandGateway();
        }

        @Test
        void aTemplateIssuesUpToItsQuantityAndPerBuyerLimit() {
            start();
            try {
                commands.sendAndWait(new CreateCouponTemplateCommand(CouponTemplateId.of("t-1"), ADMIN, "Ten off", TEN_OFF_OVER_100, FROM, UNTIL, 1, 2));

                assertThat((CouponId) commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of("t-1"), CouponId.of("c-1"), UserId.of("buyer-1"), NOW))).isEqualTo(CouponId.of("c-1"));
                assertThatThrownBy(() -> commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of("t-1"), CouponId.of("c-2"), UserId.of("buyer-1"), NOW)))
                        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at most 1");
                commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of("t-1"), CouponId.of("c-3"), UserId.of("buyer-2"), NOW));
                assertThatThrownBy(() -> commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of("t-1"), CouponId.of("c-4"), UserId.of("buyer-3"), NOW)))
                        .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("are gone");
                assertThatThrownBy(() -> commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of("t-1"), CouponId.of("c-5"), UserId.of("buyer-4"),
                        UNTIL.plus(Duration.ofDays(1))))).isInstanceOf(BusinessRuleViolation.class);

                Money discount = commands.sendAndWait(new RedeemCouponCommand(CouponId.of("c-3"), ORDER, UserId.of("buyer-2"), UserId.of("seller-1"), Money.of("150.00", "CNY"), NOW));
                assertThat(discount).isEqualTo(Money.of("10.00", "CNY"));
                assertThat(axon.eventStore().readEvents("t-1").asStream().map(event -> event.getPayloadType().getSimpleName()))
                        .containsExactly("CouponTemplateCreatedEvent", "CouponIssuedEvent", "CouponIssuedEvent");
            } finally {
                axon.shutdown();
            }
        }
    }
}
