package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.*;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import java.util.Set;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.command.product.SaleableSku;
import dev.orderledger.command.product.StubCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

class OrderTest {

    static dev.orderledger.api.payment.Funding cash(String amount) {
        return new dev.orderledger.api.payment.Funding(Money.of(amount, "CNY"), Money.of("0", "CNY"), Money.of("0", "CNY"));
    }

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String BUYER = "10000002";
    static final Instant PLACED_AT = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant DEADLINE = PLACED_AT.plus(Duration.ofMinutes(30));
    static final ShippingAddress ADDRESS = new ShippingAddress("Ann", "+8613800000000", "Shanghai", "1 Nanjing Rd", "200000");
    static final SaleableSku TEE = new SaleableSku(ProductId.of("tee"), SkuId.of("tee-red-m"), ProductType.PHYSICAL, UserId.of("seller-1"), "Cotton tee",
            SnapshotId.of("snapshot-tee"), Money.of("79.90", "CNY"));
    static final SaleableSku MUG = new SaleableSku(ProductId.of("mug"), SkuId.of("mug-white"), ProductType.PHYSICAL, UserId.of("seller-1"), "Mug",
            SnapshotId.of("snapshot-mug"), Money.of("25.00", "CNY"));
    static final SaleableSku OTHER_SELLERS_CAP = new SaleableSku(ProductId.of("cap"), SkuId.of("cap-1"), ProductType.PHYSICAL, UserId.of("seller-9"), "Cap",
            SnapshotId.of("snapshot-cap"), Money.of("30.00", "CNY"));

    AggregateTestFixture<Order> fixture;
    StubCatalogue catalogue;

    @BeforeEach
    void setUp() {
        catalogue = new StubCatalogue();
        catalogue.offer(TEE);
        catalogue.offer(MUG);
        catalogue.offer(OTHER_SELLERS_CAP);
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(catalogue);
    }

    static PlaceOrderCommand place(String buyer, LineRequest... lines) {
        return new PlaceOrderCommand(ORDER, UserId.of(buyer), List.of(lines), ADDRESS, PLACED_AT, DEADLINE, MarketingRequest.NONE);
    }

    static LineRequest line(SaleableSku sku, int quantity) {
        return new LineRequest(sku.productId(), sku.skuId(), quantity);
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, UserId.of(BUYER), UserId.of("seller-1"), OrderType.PHYSICAL, List.of(
                new OrderLine(1, TEE.productId(), TEE.skuId(), SnapshotId.of("snapshot-tee"), "Cotton tee", 2,
                        Money.of("79.90", "CNY"), Money.of("0", "CNY"), Money.of("159.80", "CNY")),
                new OrderLine(2, MUG.productId(), MUG.skuId(), SnapshotId.of("snapshot-mug"), "Mug", 1,
                        Money.of("25.00", "CNY"), Money.of("0", "CNY"), Money.of("25.00", "CNY"))),
                Money.of("184.80", "CNY"), ADDRESS, PLACED_AT, DEADLINE, MarketingRequest.NONE, null);
    }

    @Test
    void placingPricesEveryLineFromTheCatalogueAndSchedulesThePaymentTimeout() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, line(TEE, 2), line(MUG, 1)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new OrderPlacement(ORDER, true))
                .expectEvents(placed())
                .expectScheduledDeadlineWithName(DEADLINE, Order.PAYMENT_TIMEOUT);
    }

    @Test
    void placingAgainWithTheSameIdAnswersWithTheExistingOrder() {
        fixture.given(placed())
                .when(place(BUYER, line(TEE, 5)))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new OrderPlacement(ORDER, false))
                .expectNoEvents();
    }

    @Test
    void anotherBuyerCannotPlaceWithAnIdInUse() {
        fixture.given(placed())
                .when(place("someone-else", line(TEE, 1)))
                .expectException(IdUnavailable.class)
                .expectNoEvents();
    }

    @Test
    void aProductThatCannotBeSoldRefusesTheOrder() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, new LineRequest(ProductId.of("gone"), SkuId.of("gone-1"), 1)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    void anOrderHoldsTheItemsOfOneSeller() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, line(TEE, 1), line(OTHER_SELLERS_CAP, 1)))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("an order holds the items of one seller; split the checkout");
    }

    @Test
    void quantitiesMustBePositive() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, line(TEE, 0)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void eachSkuAppearsOnce() {
        fixture.givenNoPriorActivity()
                .when(place(BUYER, line(TEE, 1), line(TEE, 2)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPhysicalOrderNeedsAnAddress() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand(ORDER, UserId.of(BUYER), List.of(line(TEE, 1)), null, PLACED_AT, DEADLINE, MarketingRequest.NONE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anUnpaidOrderIsCancelledWhenThePaymentDeadlinePasses() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 2), line(MUG, 1)))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectEvents(new OrderCancelledEvent(ORDER, CancellationReason.PAYMENT_TIMEOUT, DEADLINE));
    }

    @Test
    void beforeTheDeadlineNothingHappens() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 1)))
                .whenTimeElapses(Duration.ofMinutes(29))
                .expectNoEvents();
    }

    @Test
    void aCancelledOrderIgnoresItsPaymentDeadline() {
        fixture.givenCurrentTime(PLACED_AT)
                .andGivenCommands(place(BUYER, line(TEE, 1)))
                .andGiven(new OrderCancelledEvent(ORDER, CancellationReason.BUYER, PLACED_AT))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectNoEvents();
    }

    // ---- after placement ----------------------------------------------------------------------

    static final Actor BUYER_ACTOR = new Actor(UserId.of(BUYER), Set.of(Role.BUYER));
    static final Actor SELLER_ACTOR = new Actor(UserId.of("seller-1"), Set.of(Role.BUYER, Role.SELLER));
    static final Actor OTHER_BUYER = new Actor(UserId.of("10000009"), Set.of(Role.BUYER));
    static final Actor ADMIN = new Actor(UserId.of("admin"), Set.of(Role.ADMIN));
    static final Instant LATER = PLACED_AT.plus(Duration.ofMinutes(5));

    static OrderAwaitingPaymentEvent awaitingPayment() {
        return new OrderAwaitingPaymentEvent(ORDER, List.of(Money.of("17.29", "CNY"), Money.of("2.71", "CNY")),
                Money.of("20.00", "CNY"), Money.of("164.80", "CNY"), CouponId.of("coupon-1"), 0);
    }

    static OrderPaidEvent paid() {
        return new OrderPaidEvent(ORDER, PayOrderId.of("pay-1"), cash("164.80"), LATER);
    }

    static FulfillmentStartedEvent fulfilling() {
        return new FulfillmentStartedEvent(ORDER, OrderType.PHYSICAL, "ful-1", placed().shippingAddress(), LATER);
    }

    static OrderShippedEvent shipped() {
        return new OrderShippedEvent(ORDER, "SF", "123", 1, LATER);
    }

    @Test
    void confirmingPlacementAllocatesTheDiscountToTheLines() {
        fixture.given(placed())
                .when(new ConfirmOrderPlacementCommand(ORDER, Money.of("20.00", "CNY"), CouponId.of("coupon-1"), 0))
                .expectEvents(awaitingPayment());
    }

    @Test
    void aDiscountAboveTheTotalIsRefused() {
        fixture.given(placed())
                .when(new ConfirmOrderPlacementCommand(ORDER, Money.of("184.81", "CNY"), null, 0))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void theBuyerCancelsAnUnpaidOrder() {
        fixture.given(placed(), awaitingPayment())
                .when(new CancelOrderCommand(ORDER, BUYER_ACTOR, CancellationReason.RISK_CONTROL, LATER))
                .expectEvents(new OrderCancelledEvent(ORDER, CancellationReason.BUYER, LATER));
    }

    @Test
    void anAdminCancelsWithTheirReason() {
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, ADMIN, CancellationReason.RISK_CONTROL, LATER))
                .expectEvents(new OrderCancelledEvent(ORDER, CancellationReason.RISK_CONTROL, LATER));
    }

    @Test
    void anotherBuyerCannotCancel() {
        fixture.given(placed())
                .when(new CancelOrderCommand(ORDER, OTHER_BUYER, null, LATER))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void aPaidOrderCannotBeCancelledAndTheStateIsNamed() {
        fixture.given(placed(), awaitingPayment(), paid())
                .when(new CancelOrderCommand(ORDER, BUYER_ACTOR, null, LATER))
                .expectException(StateConflict.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("is PAID"));
    }

    @Test
    void paymentMovesAnAwaitingOrderToPaid() {
        fixture.given(placed(), awaitingPayment())
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-1"), Money.of("164.80", "CNY"), cash("164.80"), LATER))
                .expectEvents(paid());
    }

    @Test
    void aRepeatedPaymentNoticeChangesNothing() {
        fixture.given(placed(), awaitingPayment(), paid())
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-1"), Money.of("164.80", "CNY"), cash("164.80"), LATER))
                .expectNoEvents();
    }

    @Test
    void aCancelledOrderCannotBePaid() {
        fixture.given(placed(), awaitingPayment(), new OrderCancelledEvent(ORDER, CancellationReason.PAYMENT_TIMEOUT, DEADLINE))
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-1"), Money.of("164.80", "CNY"), cash("164.80"), LATER))
                .expectException(StateConflict.class);
    }

    @Test
    void aPaymentOfAnotherAmountIsRefused() {
        fixture.given(placed(), awaitingPayment())
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-1"), Money.of("164.79", "CNY"), cash("164.79"), LATER))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anOrderIsNotPaidBeforePlacementIsConfirmed() {
        fixture.given(placed())
                .when(new MarkOrderPaidCommand(ORDER, PayOrderId.of("pay-1"), Money.of("164.80", "CNY"), cash("164.80"), LATER))
                .expectException(StateConflict.class);
    }

    @Test
    void fulfillmentStartsAtF1() {
        fixture.given(placed(), awaitingPayment(), paid())
                .when(new StartFulfillmentCommand(ORDER, "ful-1", LATER))
                .expectEvents(fulfilling());
    }

    @Test
    void startingFulfillmentTwiceIsANoOp() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new StartFulfillmentCommand(ORDER, "ful-1", LATER))
                .expectNoEvents();
    }

    @Test
    void virtualGoodsCompleteTheMomentTheyAreFulfilled() {
        OrderPlacedEvent virtualOrder = new OrderPlacedEvent(ORDER, UserId.of(BUYER), UserId.of("seller-1"), OrderType.VIRTUAL, placed().lines(),
                placed().totalAmount(), null, PLACED_AT, DEADLINE, MarketingRequest.NONE, null);
        fixture.given(virtualOrder, awaitingPayment(), paid())
                .when(new StartFulfillmentCommand(ORDER, "ful-1", LATER))
                .expectEvents(new FulfillmentStartedEvent(ORDER, OrderType.VIRTUAL, "ful-1", null, LATER),
                        new OrderDeliveredEvent(ORDER, LATER),
                        new OrderCompletedEvent(ORDER, CompletionKind.VIRTUAL_DELIVERED, UserId.of("seller-1"), Money.of("164.80", "CNY"), LATER));
    }

    @Test
    void thePartnerAcceptsFulfillment() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new AcceptFulfillmentCommand(ORDER, "ful-1", LATER))
                .expectEvents(new FulfillmentAcceptedEvent(ORDER, "ful-1", LATER));
    }

    @Test
    void theSellerShipsWithACarrierAndTrackingNumber() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new ShipOrderCommand(ORDER, SELLER_ACTOR, "SF", "123", LATER))
                .expectEvents(shipped());
    }

    @Test
    void anotherSellerCannotShip() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new ShipOrderCommand(ORDER, new Actor(UserId.of("seller-9"), Set.of(Role.SELLER)), "SF", "123", LATER))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void anUnpaidOrderCannotShip() {
        fixture.given(placed(), awaitingPayment())
                .when(new ShipOrderCommand(ORDER, SELLER_ACTOR, "SF", "123", LATER))
                .expectException(StateConflict.class);
    }

    @Test
    void theSeedsAbaCaseAStaleTrackingRetryIsRefusedAndTheNewerNumberStays() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped(),
                        new TrackingNumberUpdatedEvent(ORDER, "SF", "456", 2, LATER))
                .when(new UpdateTrackingNumberCommand(ORDER, SELLER_ACTOR, "SF", "123", 1, LATER))
                .expectException(StateConflict.class)
                .expectNoEvents();
    }

    @Test
    void aTrackingUpdateWithTheCurrentVersionGoesThrough() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped())
                .when(new UpdateTrackingNumberCommand(ORDER, SELLER_ACTOR, "SF", "456", 1, LATER))
                .expectEvents(new TrackingNumberUpdatedEvent(ORDER, "SF", "456", 2, LATER));
    }

    @Test
    void deliveryIsF4() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped())
                .when(new MarkOrderDeliveredCommand(ORDER, LATER))
                .expectEvents(new OrderDeliveredEvent(ORDER, LATER));
    }

    @Test
    void fulfillmentCanFail() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new FailFulfillmentCommand(ORDER, "warehouse fire", LATER))
                .expectEvents(new FulfillmentFailedEvent(ORDER, "warehouse fire", LATER));
    }

    @Test
    void theBuyerConfirmsReceiptOfAShippedOrder() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped())
                .when(new ConfirmReceiptCommand(ORDER, BUYER_ACTOR, LATER))
                .expectEvents(new OrderCompletedEvent(ORDER, CompletionKind.BUYER_CONFIRMED, UserId.of("seller-1"), Money.of("164.80", "CNY"), LATER));
    }

    @Test
    void receiptCannotBeConfirmedBeforeShipping() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling())
                .when(new ConfirmReceiptCommand(ORDER, BUYER_ACTOR, LATER))
                .expectException(StateConflict.class);
    }

    @Test
    void onlyTheBuyerConfirmsReceipt() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped())
                .when(new ConfirmReceiptCommand(ORDER, SELLER_ACTOR, LATER))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void aDeliveredOrderIsConfirmedAutomatically() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped(), new OrderDeliveredEvent(ORDER, LATER))
                .when(new AutoConfirmReceiptCommand(ORDER, LATER))
                .expectEvents(new OrderCompletedEvent(ORDER, CompletionKind.AUTO_CONFIRMED, UserId.of("seller-1"), Money.of("164.80", "CNY"), LATER));
    }

    @Test
    void anUndeliveredOrderIsNotConfirmedAutomatically() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped())
                .when(new AutoConfirmReceiptCommand(ORDER, LATER))
                .expectException(StateConflict.class);
    }

    static dev.orderledger.api.product.SkuRef skuOf(int lineNo) {
        OrderLine line = placed().lines().get(lineNo - 1);
        return new dev.orderledger.api.product.SkuRef(line.productId(), line.skuId());
    }

    static dev.orderledger.api.refund.RefundRequestedEvent refunded(RefundId refundId, int lineNo, int quantity, String amount) {
        return new dev.orderledger.api.refund.RefundRequestedEvent(ORDER, refundId, dev.orderledger.api.refund.RefundKind.BUYER,
                List.of(new dev.orderledger.api.refund.RefundLine(lineNo, skuOf(lineNo), quantity, Money.of(amount, "CNY"))),
                Money.of(amount, "CNY"), cash(amount), LATER);
    }

    @Test
    void aTrackingNumberCannotChangeOnceTheOrderIsClosed() {
        fixture.given(placed(), awaitingPayment(), paid(), fulfilling(), shipped(),
                        refunded(RefundId.of("r-1"), 1, 2, "142.51"), refunded(RefundId.of("r-2"), 2, 1, "22.29"), new OrderClosedEvent(ORDER, LATER))
                .when(new UpdateTrackingNumberCommand(ORDER, SELLER_ACTOR, "SF", "789", 1, LATER))
                .expectException(StateConflict.class);
    }
}
