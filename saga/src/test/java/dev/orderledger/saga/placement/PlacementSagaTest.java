package dev.orderledger.saga.placement;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.RejectOrderCommand;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.order.HoldOrderForReviewCommand;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.risk.ScreenOrderCommand;
import dev.orderledger.api.risk.Screening;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.orderledger.api.inventory.ReleaseReason.ORDER_CANCELLED;
import static dev.orderledger.api.inventory.ReleaseReason.PLACEMENT_FAILED;
import static dev.orderledger.api.order.CancellationReason.BALANCE_NOT_PAID;
import static dev.orderledger.api.order.CancellationReason.MARKETING_REFUSED;
import static dev.orderledger.api.order.CancellationReason.PAYMENT_TIMEOUT;
import static dev.orderledger.api.order.CancellationReason.STOCK_SHORTAGE;
import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.cny;
import static dev.orderledger.saga.ProcessFixtures.sagaFixture;
import static dev.orderledger.saga.placement.PlacementMother.COUPON;
import static dev.orderledger.saga.placement.PlacementMother.COUPON_AND_POINTS;
import static dev.orderledger.saga.placement.PlacementMother.COUPON_DISCOUNT;
import static dev.orderledger.saga.placement.PlacementMother.COUPON_ONLY;
import static dev.orderledger.saga.placement.PlacementMother.ONE_MUG;
import static dev.orderledger.saga.placement.PlacementMother.ORDER;
import static dev.orderledger.saga.placement.PlacementMother.POINTS;
import static dev.orderledger.saga.placement.PlacementMother.TWO_TSHIRTS;
import static dev.orderledger.saga.placement.PlacementMother.cancelled;
import static dev.orderledger.saga.placement.PlacementMother.deduct;
import static dev.orderledger.saga.placement.PlacementMother.depositPaid;
import static dev.orderledger.saga.placement.PlacementMother.paid;
import static dev.orderledger.saga.placement.PlacementMother.physicalOrder;
import static dev.orderledger.saga.placement.PlacementMother.placed;
import static dev.orderledger.saga.placement.PlacementMother.pointsWorth;
import static dev.orderledger.saga.placement.PlacementMother.redeemCoupon;
import static dev.orderledger.saga.placement.PlacementMother.release;
import static dev.orderledger.saga.placement.PlacementMother.reserve;
import static dev.orderledger.saga.placement.PlacementMother.restock;
import static dev.orderledger.saga.placement.PlacementMother.screen;
import static dev.orderledger.saga.placement.PlacementMother.PAYMENT_DEADLINE;
import static dev.orderledger.saga.placement.PlacementMother.rollBackCoupon;
import static dev.orderledger.saga.placement.PlacementMother.rollBackPoints;
import static dev.orderledger.saga.placement.PlacementMother.sku;
import static dev.orderledger.saga.placement.PlacementMother.spendPoints;

class PlacementSagaTest {

    private SagaTestFixture<PlacementSaga> fixture;

    /** What the other side answers: stock is there, the coupon takes its discount, points are spent, unless a test says otherwise. */
    private final Set<SkuRef> refusedStock = new HashSet<>();
    private final Set<SkuRef> stockAnsweredNo = new HashSet<>();
    private final Set<SkuRef> reservationGone = new HashSet<>();
    private int bucket;
    private boolean couponRefused;
    private boolean pointsRefused;
    private List<ReviewRule> fired = List.of();
    private boolean screeningFailed;
    private static final Duration DECIDE_WITHIN = Duration.ofHours(1);

    @BeforeEach
    void setUp() {
        fixture = sagaFixture(PlacementSaga.class);
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof ScreenOrderCommand) {
                if (screeningFailed) {
                    throw new BusinessRuleViolation("SCREENING_REFUSED", "the buyer's screening refused the order");
                }
                return new Screening(fired, DECIDE_WITHIN, ReviewDecision.REJECT);
            }
            if (payload instanceof ReserveStockCommand reserve) {
                if (refusedStock.contains(reserve.sku())) {
                    throw new BusinessRuleViolation("INSUFFICIENT_STOCK", "not enough of " + reserve.sku());
                }
                return new StockReservation(!stockAnsweredNo.contains(reserve.sku()), bucket);
            }
            if (payload instanceof RedeemCouponCommand) {
                if (couponRefused) {
                    throw new BusinessRuleViolation("COUPON_EXPIRED", "the coupon has expired");
                }
                return COUPON_DISCOUNT;
            }
            if (payload instanceof SpendPointsCommand && pointsRefused) {
                throw new BusinessRuleViolation("INSUFFICIENT_POINTS", "not enough points");
            }
            if (payload instanceof DeductReservedStockCommand deduct && reservationGone.contains(deduct.sku())) {
                throw new BusinessRuleViolation("NOT_RESERVED", "no reservation for the order");
            }
            return null;
        });
    }

    @Test
    void anOrderWhoseStockCouponAndPointsAreTakenIsConfirmedWithTheirDiscount() {
        Money discount = COUPON_DISCOUNT.plus(pointsWorth());

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_AND_POINTS))
                .expectActiveSagas(1)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), redeemCoupon(), spendPoints(),
                        new ConfirmOrderPlacementCommand(ORDER, discount, COUPON, POINTS));
    }

    @Test
    void pointsAreWorthOneUnitOfTheCurrencyPerHundred() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(new MarketingRequest(null, POINTS)))
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), spendPoints(),
                        new ConfirmOrderPlacementCommand(ORDER, cny("5.00"), null, POINTS));
    }

    @Test
    void anOrderWithoutMarketingIsConfirmedWithoutDiscount() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(MarketingRequest.NONE))
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG),
                        new ConfirmOrderPlacementCommand(ORDER, cny("0"), null, 0));
    }

    @Test
    void anOrderReviewRulesStopHoldsItsStockLongerAndWaitsForReviewWithItsDiscount() {
        fired = List.of(ReviewRule.ORDERS_PER_HOUR);
        Instant holdUntil = PAYMENT_DEADLINE.plus(DECIDE_WITHIN).plus(PlacementSaga.RESERVATION_GRACE);

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_ONLY))
                .expectActiveSagas(1)
                .expectDispatchedCommands(screen(),
                        new ReserveStockCommand(sku(TWO_TSHIRTS), ORDER, TWO_TSHIRTS.quantity(), holdUntil),
                        new ReserveStockCommand(sku(ONE_MUG), ORDER, ONE_MUG.quantity(), holdUntil), redeemCoupon(),
                        new HoldOrderForReviewCommand(ORDER, COUPON_DISCOUNT, COUPON, 0, fired, NOW.plus(DECIDE_WITHIN),
                                ReviewDecision.REJECT, NOW));
    }

    @Test
    void anOrderWhoseScreeningIsRefusedIsReviewedRatherThanLetThrough() {
        screeningFailed = true;
        Screening failed = Screening.failed();
        Instant holdUntil = PAYMENT_DEADLINE.plus(failed.decideWithin()).plus(PlacementSaga.RESERVATION_GRACE);

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(MarketingRequest.NONE))
                .expectDispatchedCommands(screen(),
                        new ReserveStockCommand(sku(TWO_TSHIRTS), ORDER, TWO_TSHIRTS.quantity(), holdUntil),
                        new ReserveStockCommand(sku(ONE_MUG), ORDER, ONE_MUG.quantity(), holdUntil),
                        new HoldOrderForReviewCommand(ORDER, cny("0"), null, 0, List.of(ReviewRule.SCREENING_FAILED),
                                NOW.plus(failed.decideWithin()), ReviewDecision.APPROVE, NOW));
    }

    @Test
    void stockRefusedOnTheSecondLineReleasesTheFirstAndRejectsTheOrder() {
        refusedStock.add(sku(ONE_MUG));

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_AND_POINTS))
                .expectActiveSagas(0)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), release(TWO_TSHIRTS, PLACEMENT_FAILED),
                        new RejectOrderCommand(ORDER, STOCK_SHORTAGE, WORDING, NOW));
    }

    @Test
    void aReservationAnsweredNoIsAStockShortageToo() {
        stockAnsweredNo.add(sku(ONE_MUG));

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(MarketingRequest.NONE))
                .expectActiveSagas(0)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), release(TWO_TSHIRTS, PLACEMENT_FAILED),
                        new RejectOrderCommand(ORDER, STOCK_SHORTAGE, WORDING, NOW));
    }

    @Test
    void aRefusedCouponReleasesTheStockAndRejectsTheOrderForMarketing() {
        couponRefused = true;

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_AND_POINTS))
                .expectActiveSagas(0)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), redeemCoupon(),
                        release(TWO_TSHIRTS, PLACEMENT_FAILED), release(ONE_MUG, PLACEMENT_FAILED),
                        new RejectOrderCommand(ORDER, MARKETING_REFUSED, WORDING, NOW));
    }

    @Test
    void refusedPointsGiveTheCouponBackAndReleaseTheStock() {
        pointsRefused = true;

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_AND_POINTS))
                .expectActiveSagas(0)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), redeemCoupon(), spendPoints(),
                        release(TWO_TSHIRTS, PLACEMENT_FAILED), release(ONE_MUG, PLACEMENT_FAILED), rollBackCoupon(),
                        new RejectOrderCommand(ORDER, MARKETING_REFUSED, WORDING, NOW));
    }

    @Test
    void aRefusedConfirmationGivesEverythingBack() {
        fixture.setCallbackBehavior((payload, metaData) -> {
            if (payload instanceof ConfirmOrderPlacementCommand) {
                throw new BusinessRuleViolation("DISCOUNT_TOO_HIGH", "the discount exceeds the order");
            }
            if (payload instanceof ScreenOrderCommand) {
                return new Screening(List.of(), DECIDE_WITHIN, ReviewDecision.APPROVE);
            }
            return payload instanceof ReserveStockCommand ? new StockReservation(true, 0)
                    : payload instanceof RedeemCouponCommand ? COUPON_DISCOUNT : null;
        });

        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(physicalOrder(COUPON_AND_POINTS))
                .expectActiveSagas(0)
                .expectDispatchedCommands(screen(), reserve(TWO_TSHIRTS), reserve(ONE_MUG), redeemCoupon(), spendPoints(),
                        new ConfirmOrderPlacementCommand(ORDER, COUPON_DISCOUNT.plus(pointsWorth()), COUPON, POINTS),
                        release(TWO_TSHIRTS, PLACEMENT_FAILED), release(ONE_MUG, PLACEMENT_FAILED), rollBackCoupon(),
                        rollBackPoints(), new RejectOrderCommand(ORDER, MARKETING_REFUSED, WORDING, NOW));
    }

    @Test
    void virtualGoodsReserveNoStock() {
        fixture.givenNoPriorActivity()
                .whenAggregate(ORDER.toString()).publishes(placed(OrderType.VIRTUAL, COUPON_ONLY))
                .expectActiveSagas(1)
                .expectDispatchedCommands(screen(), redeemCoupon(), new ConfirmOrderPlacementCommand(ORDER, COUPON_DISCOUNT, COUPON, 0));
    }

    @Test
    void paidVirtualGoodsHaveNoStockToDeduct() {
        fixture.givenAggregate(ORDER.toString()).published(placed(OrderType.VIRTUAL, COUPON_ONLY))
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPaidOrderDeductsItsReservedStockAndThePlacementEnds() {
        fixture.givenAggregate(ORDER.toString()).published(physicalOrder(COUPON_AND_POINTS))
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0)
                .expectDispatchedCommands(deduct(TWO_TSHIRTS), deduct(ONE_MUG));
    }

    @Test
    void aHotSkusUnitsAreSoldFromTheBucketThatHeldThem() {
        bucket = 5;

        fixture.givenAggregate(ORDER.toString()).published(physicalOrder(MarketingRequest.NONE))
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0)
                .expectDispatchedCommands(new DeductReservedStockCommand(sku(TWO_TSHIRTS), ORDER, 5),
                        new DeductReservedStockCommand(sku(ONE_MUG), ORDER, 5));
    }

    @Test
    void aHotSkusCancelledOrderReleasesItsUnitsInTheBucketThatHeldThem() {
        bucket = 2;

        fixture.givenAggregate(ORDER.toString()).published(physicalOrder(MarketingRequest.NONE))
                .whenAggregate(ORDER.toString()).publishes(cancelled(CancellationReason.BUYER))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new ReleaseStockReservationCommand(sku(TWO_TSHIRTS), ORDER, ORDER_CANCELLED, 2),
                        new ReleaseStockReservationCommand(sku(ONE_MUG), ORDER, ORDER_CANCELLED, 2));
    }

    @Test
    void aPaidOrderWhoseReservationIsGoneGoesToTheInterventionQueue() {
        reservationGone.add(sku(ONE_MUG));

        fixture.givenAggregate(ORDER.toString()).published(physicalOrder(MarketingRequest.NONE))
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0)
                .expectDispatchedCommands(deduct(TWO_TSHIRTS), deduct(ONE_MUG),
                        new RaiseInterventionCommand(InterventionId.of("placement:" + ORDER), InterventionProcess.PLACEMENT, ORDER.toString(),
                                "STOCK_NOT_RESERVED", WORDING, NOW));
    }

    @Test
    void aPresaleDepositDeductsTheStockAndThePlacementWaitsForTheBalance() {
        fixture.givenAggregate(ORDER.toString()).published(placed(OrderType.PRESALE, MarketingRequest.NONE))
                .whenAggregate(ORDER.toString()).publishes(depositPaid())
                .expectActiveSagas(1)
                .expectDispatchedCommands(deduct(TWO_TSHIRTS), deduct(ONE_MUG));
    }

    @Test
    void aPresaleBalancePaidAfterTheDepositDeductsNothingMore() {
        fixture.givenAggregate(ORDER.toString()).published(placed(OrderType.PRESALE, MarketingRequest.NONE), depositPaid())
                .whenAggregate(ORDER.toString()).publishes(paid())
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void aPresaleWhoseBalanceIsNotPaidPutsItsUnitsBackOnTheShelf() {
        fixture.givenAggregate(ORDER.toString()).published(placed(OrderType.PRESALE, MarketingRequest.NONE), depositPaid())
                .whenAggregate(ORDER.toString()).publishes(cancelled(BALANCE_NOT_PAID))
                .expectActiveSagas(0)
                .expectDispatchedCommands(restock(TWO_TSHIRTS), restock(ONE_MUG));
    }

    @Test
    void anOrderCancelledBeforePaymentGivesStockCouponAndPointsBack() {
        fixture.givenAggregate(ORDER.toString()).published(physicalOrder(COUPON_AND_POINTS))
                .whenAggregate(ORDER.toString()).publishes(cancelled(PAYMENT_TIMEOUT))
                .expectActiveSagas(0)
                .expectDispatchedCommands(release(TWO_TSHIRTS, ORDER_CANCELLED), release(ONE_MUG, ORDER_CANCELLED),
                        rollBackCoupon(), rollBackPoints());
    }

    @Test
    void aRejectedOrderEndsThePlacement() {
        fixture.givenAggregate(ORDER.toString()).published(placed(OrderType.VIRTUAL, MarketingRequest.NONE))
                .whenAggregate(ORDER.toString()).publishes(new OrderRejectedEvent(ORDER, STOCK_SHORTAGE, WORDING, NOW))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }
}
