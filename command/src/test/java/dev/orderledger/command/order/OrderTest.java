package dev.orderledger.command.order;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.StateConflict;
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

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String BUYER = "10000002";
    static final Instant PLACED_AT = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant DEADLINE = PLACED_AT.plus(Duration.ofMinutes(30));
    static final ShippingAddress ADDRESS = new ShippingAddress("Ann", "+8613800000000", "Shanghai", "1 Nanjing Rd", "200000");
    static final SaleableSku TEE = new SaleableSku(ProductId.of("tee"), SkuId.of("tee-red-m"), "seller-1", "Cotton tee",
            "snapshot-tee", Money.of("79.90", "CNY"));
    static final SaleableSku MUG = new SaleableSku(ProductId.of("mug"), SkuId.of("mug-white"), "seller-1", "Mug",
            "snapshot-mug", Money.of("25.00", "CNY"));
    static final SaleableSku OTHER_SELLERS_CAP = new SaleableSku(ProductId.of("cap"), SkuId.of("cap-1"), "seller-9", "Cap",
            "snapshot-cap", Money.of("30.00", "CNY"));

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
        return new PlaceOrderCommand(ORDER, buyer, List.of(lines), ADDRESS, PLACED_AT, DEADLINE);
    }

    static LineRequest line(SaleableSku sku, int quantity) {
        return new LineRequest(sku.productId(), sku.skuId(), quantity);
    }

    static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, BUYER, "seller-1", OrderType.PHYSICAL, List.of(
                new OrderLine(1, TEE.productId(), TEE.skuId(), "snapshot-tee", "Cotton tee", 2,
                        Money.of("79.90", "CNY"), Money.of("0", "CNY"), Money.of("159.80", "CNY")),
                new OrderLine(2, MUG.productId(), MUG.skuId(), "snapshot-mug", "Mug", 1,
                        Money.of("25.00", "CNY"), Money.of("0", "CNY"), Money.of("25.00", "CNY"))),
                Money.of("184.80", "CNY"), ADDRESS, PLACED_AT, DEADLINE);
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
                .expectException(StateConflict.class)
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
                .when(new PlaceOrderCommand(ORDER, BUYER, List.of(line(TEE, 1)), null, PLACED_AT, DEADLINE))
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
}
