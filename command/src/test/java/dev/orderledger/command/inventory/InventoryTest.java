package dev.orderledger.command.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.inventory.AdjustStockCommand;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.inventory.StockReservationRejectedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.command.product.SaleableSku;
import dev.orderledger.command.product.StubCatalogue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

class InventoryTest {

    static final SkuRef TEE_RED_M = new SkuRef(ProductId.of("tee"), SkuId.of("tee-red-m"));
    static final Actor SELLER = new Actor(UserId.of("seller-1"), Set.of(Role.BUYER, Role.SELLER));
    static final Actor OTHER_SELLER = new Actor(UserId.of("seller-2"), Set.of(Role.BUYER, Role.SELLER));
    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final OrderId OTHER_ORDER = OrderId.of("1795300000000002002");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(30));

    /** A SKU that was never marked hot (the bucket logic has its own test, {@code StockBucketsTest}). */
    static final StockPlans ONE_BUCKET = new StockPlans(null) {
        @Override
        int bucketsOf(SkuRef sku) {
            return 1;
        }
    };

    AggregateTestFixture<Inventory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inventory.class);
        fixture.registerInjectableResource(new StubCatalogue().offer(new SaleableSku(TEE_RED_M.productId(),
                TEE_RED_M.skuId(), ProductType.PHYSICAL, SELLER.userId(), "Tee", SnapshotId.of("snap"), Money.of("79.90", "CNY"))));
        fixture.registerAnnotatedCommandHandler(new StockRouter(fixture.getRepository(), ONE_BUCKET));
    }

    static StockReceivedEvent received(long quantity) {
        return new StockReceivedEvent(TEE_RED_M, SELLER.userId(), quantity, "initial", new StockLevels(quantity, 0, 0));
    }

    static StockReservedEvent reserved(OrderId order, long quantity, StockLevels after) {
        return new StockReservedEvent(TEE_RED_M, order, quantity, EXPIRES, after);
    }

    @Test
    void theSellerReceivesTheFirstUnits() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(TEE_RED_M, SELLER, 10, "initial"))
                .expectEvents(received(10));
    }

    @Test
    void anotherSellerCannotStockSomeoneElsesSku() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(TEE_RED_M, OTHER_SELLER, 10, "initial"))
                .expectException(ResourceNotFound.class);
    }

    @Test
    void moreUnitsAddToWhatIsFree() {
        fixture.given(received(10))
                .when(new ReceiveStockCommand(TEE_RED_M, SELLER, 5, "delivery-2"))
                .expectEvents(new StockReceivedEvent(TEE_RED_M, SELLER.userId(), 5, "delivery-2", new StockLevels(15, 0, 0)));
    }

    @Test
    void receivingNothingIsRefused() {
        fixture.given(received(10))
                .when(new ReceiveStockCommand(TEE_RED_M, SELLER, 0, "nothing"))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void anAdjustmentCannotTakeAwayReservedUnits() {
        fixture.given(received(10), reserved(ORDER, 8, new StockLevels(2, 8, 0)))
                .when(new AdjustStockCommand(TEE_RED_M, SELLER, -3, "count"))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdjustmentBooksTheCountedDifference() {
        fixture.given(received(10))
                .when(new AdjustStockCommand(TEE_RED_M, SELLER, -3, "count"))
                .expectEvents(new StockAdjustedEvent(TEE_RED_M, -3, "count", new StockLevels(7, 0, 0)));
    }

    @Test
    void reservingHoldsUnitsAndSchedulesTheirExpiry() {
        fixture.given(received(10))
                .when(new ReserveStockCommand(TEE_RED_M, ORDER, 3, EXPIRES))
                .expectResultMessagePayload(new StockReservation(true, 0))
                .expectEvents(reserved(ORDER, 3, new StockLevels(7, 3, 0)))
                .expectScheduledDeadlineWithName(EXPIRES, Inventory.RESERVATION_EXPIRY);
    }

    @Test
    void reservingTwiceForTheSameOrderIsANoOp() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)))
                .when(new ReserveStockCommand(TEE_RED_M, ORDER, 3, EXPIRES))
                .expectResultMessagePayload(new StockReservation(true, 0))
                .expectNoEvents();
    }

    @Test
    void reservingMoreThanIsFreeHoldsNothing() {
        fixture.given(received(10), reserved(ORDER, 8, new StockLevels(2, 8, 0)))
                .when(new ReserveStockCommand(TEE_RED_M, OTHER_ORDER, 3, EXPIRES))
                .expectResultMessagePayload(new StockReservation(false, 0))
                .expectEvents(new StockReservationRejectedEvent(TEE_RED_M, OTHER_ORDER, 3, 2))
                .expectNoScheduledDeadlines();
    }

    @Test
    void payingDeductsTheHeldUnits() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)))
                .when(new DeductReservedStockCommand(TEE_RED_M, ORDER))
                .expectEvents(new ReservedStockDeductedEvent(TEE_RED_M, ORDER, 3, new StockLevels(7, 0, 3)));
    }

    @Test
    void deductingTwiceIsANoOp() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)),
                        new ReservedStockDeductedEvent(TEE_RED_M, ORDER, 3, new StockLevels(7, 0, 3)))
                .when(new DeductReservedStockCommand(TEE_RED_M, ORDER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deductingWhatWasNeverHeldIsAConflict() {
        fixture.given(received(10))
                .when(new DeductReservedStockCommand(TEE_RED_M, ORDER))
                .expectException(StateConflict.class);
    }

    @Test
    void releasingGivesTheUnitsBack() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)))
                .when(new ReleaseStockReservationCommand(TEE_RED_M, ORDER, ReleaseReason.ORDER_CANCELLED))
                .expectEvents(new StockReservationReleasedEvent(TEE_RED_M, ORDER, 3, ReleaseReason.ORDER_CANCELLED,
                        new StockLevels(10, 0, 0)));
    }

    @Test
    void releasingWhatIsNotHeldIsANoOp() {
        fixture.given(received(10))
                .when(new ReleaseStockReservationCommand(TEE_RED_M, ORDER, ReleaseReason.ORDER_CANCELLED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anUnpaidReservationExpiresByItself() {
        fixture.givenCurrentTime(NOW)
                .andGiven(received(10))
                .andGivenCommands(new ReserveStockCommand(TEE_RED_M, ORDER, 3, EXPIRES))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Inventory.RESERVATION_EXPIRY)
                .expectEvents(new StockReservationReleasedEvent(TEE_RED_M, ORDER, 3, ReleaseReason.EXPIRED,
                        new StockLevels(10, 0, 0)));
    }

    @Test
    void aPaidReservationDoesNotExpire() {
        fixture.givenCurrentTime(NOW)
                .andGiven(received(10))
                .andGivenCommands(new ReserveStockCommand(TEE_RED_M, ORDER, 3, EXPIRES),
                        new DeductReservedStockCommand(TEE_RED_M, ORDER))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Inventory.RESERVATION_EXPIRY)
                .expectNoEvents();
    }

    @Test
    void returnedUnitsAreRestockedOncePerReference() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)),
                        new ReservedStockDeductedEvent(TEE_RED_M, ORDER, 3, new StockLevels(7, 0, 3)),
                        new StockRestockedEvent(TEE_RED_M, ORDER, 1, "refund-1", new StockLevels(8, 0, 2)))
                .when(new RestockCommand(TEE_RED_M, ORDER, 1, "refund-1"))
                .expectNoEvents();
    }

    @Test
    void restockingMoreThanWasSoldIsRefused() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)),
                        new ReservedStockDeductedEvent(TEE_RED_M, ORDER, 3, new StockLevels(7, 0, 3)))
                .when(new RestockCommand(TEE_RED_M, ORDER, 4, "refund-1"))
                .expectException(BusinessRuleViolation.class);
    }

    @Test
    void restockingPutsReturnedUnitsBackOnSale() {
        fixture.given(received(10), reserved(ORDER, 3, new StockLevels(7, 3, 0)),
                        new ReservedStockDeductedEvent(TEE_RED_M, ORDER, 3, new StockLevels(7, 0, 3)))
                .when(new RestockCommand(TEE_RED_M, ORDER, 2, "refund-1"))
                .expectEvents(new StockRestockedEvent(TEE_RED_M, ORDER, 2, "refund-1", new StockLevels(9, 0, 1)));
    }
}
