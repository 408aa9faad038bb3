package dev.orderledger.command.inventory;

import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.inventory.AdjustStockCommand;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.SetStockBucketsCommand;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockRebalancedEvent;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.inventory.StockReservationRejectedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.command.product.Catalogue;
import dev.orderledger.command.product.SaleableSku;
import dev.orderledger.command.product.StubCatalogue;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static dev.orderledger.command.inventory.InventoryTest.SELLER;
import static dev.orderledger.command.inventory.InventoryTest.TEE_RED_M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hot SKU's stock in buckets, through a real (in-memory) Axon configuration: several streams in one unit of work. */
class StockBucketsTest {

    /** Far away: the configuration's deadline manager runs on the real clock, and these holds must not expire during a test. */
    static final Instant EXPIRES = Instant.parse("2999-01-01T00:00:00Z");

    Configuration axon;
    CommandGateway commands;
    EventStore events;

    @BeforeEach
    void start() {
        Catalogue catalogue = new StubCatalogue().offer(new SaleableSku(TEE_RED_M.productId(), TEE_RED_M.skuId(),
                ProductType.PHYSICAL, SELLER.userId(), "Tee", SnapshotId.of("snap"), Money.of("79.90", "CNY")));
        axon = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Inventory.class)
                .configureAggregate(StockPlan.class)
                .registerComponent(Catalogue.class, c -> catalogue)
                .registerComponent(StockPlans.class, c -> new StockPlans(c.eventStore()))
                .registerCommandHandler(c -> new StockRouter(c.repository(Inventory.class), c.getComponent(StockPlans.class)))
                .registerCommandHandler(c -> new StockSplitter(c.repository(Inventory.class), c.repository(StockPlan.class),
                        c.getComponent(StockPlans.class)))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
        events = axon.eventStore();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    void receive(long units, String reference) {
        commands.sendAndWait(new ReceiveStockCommand(TEE_RED_M, SELLER, units, reference));
    }

    void split(int buckets) {
        commands.sendAndWait(new SetStockBucketsCommand(TEE_RED_M, SELLER, buckets));
    }

    StockReservation reserve(OrderId order, long units) {
        return commands.sendAndWait(new ReserveStockCommand(TEE_RED_M, order, units, EXPIRES));
    }

    static OrderId order(int n) {
        return OrderId.of(String.valueOf(1795300000000002000L + n));
    }

    List<Object> stream(int bucket) {
        return events.readEvents(new StockBucket(TEE_RED_M, bucket).toString()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    /** A bucket's levels after its latest stock movement. */
    StockLevels levels(int bucket) {
        return stream(bucket).stream().map(StockBucketsTest::levelsOf).filter(java.util.Objects::nonNull)
                .reduce((first, second) -> second).orElse(new StockLevels(0, 0, 0));
    }

    StockLevels total(int buckets) {
        return IntStream.range(0, buckets).mapToObj(this::levels).reduce(new StockLevels(0, 0, 0),
                (a, b) -> new StockLevels(a.available() + b.available(), a.reserved() + b.reserved(), a.sold() + b.sold()));
    }

    private static StockLevels levelsOf(Object event) {
        try {
            return (StockLevels) event.getClass().getMethod("levels").invoke(event);
        } catch (ReflectiveOperationException none) {
            return null;
        }
    }

    @Test
    void markingASkuHotSpreadsItsFreeUnitsEvenlyOverTheBuckets() {
        receive(10, "initial");

        split(4);

        assertThat(IntStream.range(0, 4).mapToObj(this::levels)).containsExactly(new StockLevels(3, 0, 0),
                new StockLevels(3, 0, 0), new StockLevels(2, 0, 0), new StockLevels(2, 0, 0));
        long moved = IntStream.range(0, 4).mapToObj(this::stream).flatMap(List::stream)
                .filter(StockRebalancedEvent.class::isInstance).mapToLong(e -> ((StockRebalancedEvent) e).delta()).sum();
        assertThat(moved).as("a rebalance makes and loses no units").isZero();
    }

    @Test
    void aHotSkusReceiptIsSpreadOverItsBucketsOnce() {
        receive(4, "initial");
        split(4);

        receive(9, "delivery-2");
        receive(9, "delivery-2");

        assertThat(IntStream.range(0, 4).mapToObj(this::levels).map(StockLevels::available)).containsExactly(4L, 3L, 3L, 3L);
    }

    @Test
    void aReservationIsHeldInTheOrdersHomeBucketAndNamesIt() {
        receive(40, "initial");
        split(4);

        StockReservation held = reserve(order(1), 2);

        assertThat(held).isEqualTo(new StockReservation(true, StockBuckets.homeOf(order(1), 4)));
        assertThat(stream(held.bucket())).filteredOn(StockReservedEvent.class::isInstance).hasSize(1);
        assertThat(reserve(order(1), 2)).as("repeated").isEqualTo(held);
        assertThat(total(4)).isEqualTo(new StockLevels(38, 2, 0));
    }

    @Test
    void whenTheHomeBucketIsShortTheFreeUnitsOfTheOthersAreMovedToIt() {
        receive(4, "initial");
        split(4);

        StockReservation held = reserve(order(1), 3);

        assertThat(held.held()).isTrue();
        assertThat(levels(held.bucket()).reserved()).isEqualTo(3);
        assertThat(total(4)).isEqualTo(new StockLevels(1, 3, 0));
    }

    @Test
    void aRefusalComesOnlyWhenAllBucketsTogetherAreShort() {
        receive(4, "initial");
        split(4);

        StockReservation refused = reserve(order(1), 5);

        assertThat(refused.held()).isFalse();
        assertThat(stream(refused.bucket())).filteredOn(StockReservationRejectedEvent.class::isInstance)
                .singleElement().satisfies(rejected -> assertThat(((StockReservationRejectedEvent) rejected).available()).isEqualTo(4));
        assertThat(total(4)).isEqualTo(new StockLevels(4, 0, 0));
    }

    @Test
    void buyersOfTheLastUnitsGetExactlyThoseUnitsAndNoMore() {
        receive(10, "initial");
        split(4);

        long held = IntStream.range(0, 25).mapToObj(n -> reserve(order(n), 1)).filter(StockReservation::held).count();

        assertThat(held).isEqualTo(10);
        assertThat(total(4)).isEqualTo(new StockLevels(0, 10, 0));
    }

    @Test
    void releaseAndSaleHappenInTheBucketThatHoldsTheUnits() {
        receive(8, "initial");
        split(4);
        StockReservation first = reserve(order(1), 2);
        StockReservation second = reserve(order(2), 1);

        commands.sendAndWait(new DeductReservedStockCommand(TEE_RED_M, order(1), first.bucket()));
        commands.sendAndWait(new ReleaseStockReservationCommand(TEE_RED_M, order(2), ReleaseReason.ORDER_CANCELLED,
                second.bucket()));

        assertThat(levels(first.bucket()).sold()).isEqualTo(2);
        assertThat(total(4)).isEqualTo(new StockLevels(6, 0, 2));
    }

    @Test
    void returnedUnitsGoBackToTheBucketTheyWereSoldFrom() {
        receive(8, "initial");
        split(4);
        StockReservation held = reserve(order(1), 2);
        commands.sendAndWait(new DeductReservedStockCommand(TEE_RED_M, order(1), held.bucket()));

        commands.sendAndWait(new RestockCommand(TEE_RED_M, order(1), 2, "refund-1"));
        commands.sendAndWait(new RestockCommand(TEE_RED_M, order(1), 2, "refund-1"));

        assertThat(levels(held.bucket()).sold()).isZero();
        assertThat(total(4)).isEqualTo(new StockLevels(8, 0, 0));
    }

    @Test
    void aCountedLossIsTakenFromTheFreeUnitsOfAllBuckets() {
        receive(8, "initial");
        split(4);

        commands.sendAndWait(new AdjustStockCommand(TEE_RED_M, SELLER, -7, "water damage"));

        assertThat(total(4)).isEqualTo(new StockLevels(1, 0, 0));
        assertThatThrownBy(() -> commands.sendAndWait(new AdjustStockCommand(TEE_RED_M, SELLER, -2, "more damage")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("only 1 units are free");
    }

    @Test
    void aSkuIsNeverSplitIntoFewerBuckets() {
        receive(8, "initial");
        split(4);
        split(4);

        assertThatThrownBy(() -> split(2)).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("never fewer");
        assertThat(total(4)).isEqualTo(new StockLevels(8, 0, 0));
    }
}
