package dev.orderledger.command.refund;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.api.security.UserId;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seller reports units of a paid, unshipped order that cannot be supplied (seed 004 报缺). */
class ShortageTest {

    static final OrderId ORDER = OrderId.of("1795300000000002002");
    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    static final Actor BUYER = new Actor(UserId.of("10000002"), Set.of(Role.BUYER));
    static final Actor SELLER = new Actor(UserId.of("seller-1"), Set.of(Role.SELLER));
    static final ShippingAddress ADDRESS = new ShippingAddress("A", "1", "R", "S", "P");

    Configuration axon;

    /** Three tees at 33.33 and a mug at 10.01, 20.00 off, paid 60.00 cash, 20.00 coins and 10.00 voucher, in fulfillment. */
    void start(boolean shipped) {
        List<Object> history = new ArrayList<>(List.of(
                new OrderPlacedEvent(ORDER, BUYER.userId(), SELLER.userId(), OrderType.PHYSICAL, List.of(
                        new OrderLine(1, ProductId.of("tee"), SkuId.of("tee-m"), SnapshotId.of("s1"), "Tee", 3,
                                cny("33.33"), cny("0"), cny("99.99")),
                        new OrderLine(2, ProductId.of("mug"), SkuId.of("mug-1"), SnapshotId.of("s2"), "Mug", 1,
                                cny("10.01"), cny("0"), cny("10.01"))),
                        cny("110.00"), ADDRESS, NOW, NOW, MarketingRequest.NONE, null),
                new OrderAwaitingPaymentEvent(ORDER, List.of(cny("18.18"), cny("1.82")), cny("20.00"), cny("90.00"), null, 0),
                new OrderPaidEvent(ORDER, PayOrderId.of("pay-1"), new Funding(cny("60.00"), cny("20.00"), cny("10.00")), NOW),
                new FulfillmentStartedEvent(ORDER, OrderType.PHYSICAL, "ful-1", ADDRESS, NOW)));
        if (shipped) {
            history.add(new OrderShippedEvent(ORDER, "SF", "123", 1, NOW));
        }
        axon = OrderUnderRefund.start(ORDER, history);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void unitsShortAreRefundedWithTheirAllocatedAmountFromEachSourceInProportionAndTheRestShips() {
        start(false);

        axon.commandGateway().sendAndWait(shortage(RefundId.of("short-1"), SELLER, 1, 2));

        RefundOpenedEvent opened = opened(RefundId.of("short-1"));
        assertThat(opened.amount()).as("two of three tees, each 27.27 after the discount").isEqualTo(cny("54.54"));
        assertThat(opened.funding()).as("90.00 was paid 60 : 20 : 10")
                .isEqualTo(new Funding(cny("36.36"), cny("12.12"), cny("6.06")));
        assertThat(opened.returnRequired()).isFalse();
        assertThat(opened.restock()).as("units that never existed do not go back on the shelf").isFalse();

        axon.commandGateway().sendAndWait(new ShipOrderCommand(ORDER, SELLER, "SF", "123", NOW));
        assertThat(OrderUnderRefund.eventsOf(axon, ORDER.value())).last().isInstanceOf(OrderShippedEvent.class);
    }

    @Test
    void aWholeOrderShortIsRefundedInFullNeverShipsAndClosesOnceRefunded() {
        start(false);
        RefundId refundId = RefundId.of("short-all");

        axon.commandGateway().sendAndWait(shortage(refundId, SELLER, null, 0));

        RefundOpenedEvent opened = opened(refundId);
        assertThat(opened.amount()).isEqualTo(cny("90.00"));
        assertThat(opened.funding()).isEqualTo(new Funding(cny("60.00"), cny("20.00"), cny("10.00")));
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(new ShipOrderCommand(ORDER, SELLER, "SF", "123", NOW)))
                .isInstanceOf(StateConflict.class).hasMessageContaining("being refunded");

        axon.commandGateway().sendAndWait(new DecideRefundCommand(refundId, Actor.system(), true, "opened by the platform", NOW));
        axon.commandGateway().sendAndWait(new RecordRefundMarketingRollbackCommand(refundId, true, null, NOW));
        axon.commandGateway().sendAndWait(new RecordRefundPaymentCommand(refundId, true, "gw-1", null, NOW));
        axon.commandGateway().sendAndWait(new CompleteRefundCommand(refundId, NOW));
        assertThat(OrderUnderRefund.eventsOf(axon, ORDER.value())).last().isEqualTo(new OrderClosedEvent(ORDER, NOW));
    }

    @Test
    void onlyTheOrdersSellerReportsAShortage() {
        start(false);
        Actor otherSeller = new Actor(UserId.of("seller-2"), Set.of(Role.SELLER));

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(shortage(RefundId.of("s-1"), otherSeller, 1, 1)))
                .isInstanceOf(ResourceNotFound.class);
        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(shortage(RefundId.of("s-2"), BUYER, 1, 1)))
                .isInstanceOf(ResourceNotFound.class);
    }

    @Test
    void goodsThatLeftAreNotAShortage() {
        start(true);

        assertThatThrownBy(() -> axon.commandGateway().sendAndWait(shortage(RefundId.of("s-1"), SELLER, 1, 1)))
                .isInstanceOf(StateConflict.class).hasMessageContaining("has shipped");
    }

    private RefundOpenedEvent opened(RefundId refundId) {
        return (RefundOpenedEvent) OrderUnderRefund.eventsOf(axon, refundId.value()).get(0);
    }

    private static RequestRefundCommand shortage(RefundId refundId, Actor actor, Integer lineNo, int units) {
        return new RequestRefundCommand(ORDER, refundId, actor, RefundKind.SHORTAGE, lineNo, units, false, "out of stock", NOW);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
