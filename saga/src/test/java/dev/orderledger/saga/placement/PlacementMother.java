package dev.orderledger.saga.placement;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.marketing.PointsValue;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.ScreenOrderCommand;
import dev.orderledger.api.risk.ScreenedLine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.cny;

/** Orders as placement sees them: two lines of a T-shirt and a mug, a coupon and some points. */
final class PlacementMother {

    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String BUYER = "10000002";
    static final String SELLER = "10000001";
    static final PayOrderId PAY_ORDER = PayOrderId.of("pay-1");
    static final Instant PAYMENT_DEADLINE = NOW.plus(Duration.ofMinutes(30));

    static final OrderLine TWO_TSHIRTS = line(1, "tshirt", "tshirt-red-m", 2, "59.90");
    static final OrderLine ONE_MUG = line(2, "mug", "mug-white", 1, "35.20");
    static final List<OrderLine> LINES = List.of(TWO_TSHIRTS, ONE_MUG);
    static final Money TOTAL = TWO_TSHIRTS.lineTotal().plus(ONE_MUG.lineTotal());

    static final CouponId COUPON = CouponId.of("coupon-10-off");
    static final Money COUPON_DISCOUNT = cny("10.00");
    static final long POINTS = 500;
    static final MarketingRequest COUPON_AND_POINTS = new MarketingRequest(COUPON, POINTS);
    static final MarketingRequest COUPON_ONLY = new MarketingRequest(COUPON, 0);

    static final ShippingAddress ADDRESS = new ShippingAddress("Li Lei", "13800000000", "Shanghai", "1 Nanjing Road", "200001");

    private PlacementMother() {
    }

    static OrderPlacedEvent placed(OrderType type, MarketingRequest marketing) {
        return new OrderPlacedEvent(ORDER, UserId.of(BUYER), UserId.of(SELLER), type, LINES, TOTAL, type == OrderType.VIRTUAL ? null : ADDRESS, NOW,
                PAYMENT_DEADLINE, marketing, type == OrderType.PRESALE ? presale() : null);
    }

    static OrderPlacedEvent physicalOrder(MarketingRequest marketing) {
        return placed(OrderType.PHYSICAL, marketing);
    }

    static Presale presale() {
        List<Money> deposits = List.of(cny("20.00"), cny("10.00"));
        return new Presale(deposits, cny("30.00"), NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(5)));
    }

    static Money pointsWorth() {
        return PointsValue.of(POINTS, TOTAL.currency());
    }

    static SkuRef sku(OrderLine line) {
        return new SkuRef(line.productId(), line.skuId());
    }

    static ReserveStockCommand reserve(OrderLine line) {
        return new ReserveStockCommand(sku(line), ORDER, line.quantity(), PAYMENT_DEADLINE.plus(PlacementSaga.RESERVATION_GRACE));
    }

    /** Placement's screening of {@link #LINES} against the review rules. */
    static ScreenOrderCommand screen() {
        return new ScreenOrderCommand(UserId.of(BUYER), ORDER, LINES.stream()
                .map(line -> new ScreenedLine(sku(line), line.quantity())).toList(), TOTAL, NOW);
    }

    static ReleaseStockReservationCommand release(OrderLine line, ReleaseReason why) {
        return new ReleaseStockReservationCommand(sku(line), ORDER, why);
    }

    static DeductReservedStockCommand deduct(OrderLine line) {
        return new DeductReservedStockCommand(sku(line), ORDER);
    }

    static RestockCommand restock(OrderLine line) {
        return new RestockCommand(sku(line), ORDER, line.quantity(), "cancelled-" + ORDER);
    }

    static RedeemCouponCommand redeemCoupon() {
        return new RedeemCouponCommand(COUPON, ORDER, UserId.of(BUYER), UserId.of(SELLER), TOTAL, NOW);
    }

    static SpendPointsCommand spendPoints() {
        return new SpendPointsCommand(UserId.of(BUYER), ORDER, POINTS, NOW);
    }

    static RollBackCouponRedemptionCommand rollBackCoupon() {
        return new RollBackCouponRedemptionCommand(COUPON, ORDER, NOW);
    }

    static RollBackPointsCommand rollBackPoints() {
        return new RollBackPointsCommand(UserId.of(BUYER), ORDER, NOW);
    }

    static OrderPaidEvent paid() {
        return new OrderPaidEvent(ORDER, PAY_ORDER, new Funding(TOTAL, cny("0"), cny("0")), NOW);
    }

    static OrderDepositPaidEvent depositPaid() {
        Money deposit = presale().deposit();
        return new OrderDepositPaidEvent(ORDER, PAY_ORDER, new Funding(deposit, cny("0"), cny("0")), NOW);
    }

    static OrderCancelledEvent cancelled(CancellationReason reason) {
        return new OrderCancelledEvent(ORDER, reason, NOW);
    }

    private static OrderLine line(int lineNo, String product, String sku, int quantity, String unitPrice) {
        Money price = cny(unitPrice);
        return new OrderLine(lineNo, ProductId.of(product), SkuId.of(sku), SnapshotId.of("snap-" + sku), product, quantity, price, cny("0"),
                price.times(quantity));
    }
}
