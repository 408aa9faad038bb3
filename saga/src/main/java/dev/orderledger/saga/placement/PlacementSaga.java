package dev.orderledger.saga.placement;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.PointsValue;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.HoldOrderForReviewCommand;
import dev.orderledger.api.order.RejectOrderCommand;
import dev.orderledger.api.risk.ScreenOrderCommand;
import dev.orderledger.api.risk.ScreenedLine;
import dev.orderledger.api.risk.Screening;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.saga.Interventions;
import dev.orderledger.saga.Outcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Placement of one order (seed 003 "创单", steps 3 to 8), all or nothing.
 *
 * <ol>
 *   <li>Screen the order against the review rules (seed 004 订单审核): the buyer's screening counts their
 *       orders. Nothing to compensate: a screened order counts whatever becomes of it.</li>
 *   <li>Reserve the stock of every line (physical and presale goods), held until the payment deadline
 *       plus {@link #RESERVATION_GRACE} (and, for an order going under review, the time to decide it); the
 *       answer names the bucket of a hot SKU's stock that holds the units, where they are later released or
 *       sold. <i>Compensation:</i> release the reservations.</li>
 *   <li>Redeem the coupon the buyer chose. <i>Compensation:</i> roll the redemption back.</li>
 *   <li>Spend the points the buyer chose ({@link PointsValue}). <i>Compensation:</i> give them back.</li>
 *   <li>Confirm the order with the discount (PENDING_PAYMENT), or, when review rules fired, hold it for
 *       review with that discount (UNDER_REVIEW): the order confirms itself once approved, and a rejection
 *       cancels it ({@code RISK_CONTROL}, compensated below). If any step is refused, everything taken so far
 *       is given back and the order is rejected with the reason (stock shortage, marketing refused).</li>
 *   <li>Wait. Paid (or a presale's deposit paid): deduct the reserved stock, it is sold. Cancelled before
 *       payment (buyer, customer service, payment timeout): release the stock, give back coupon and
 *       points. A presale cancelled after its deposit (balance not paid): its units go back to stock.</li>
 * </ol>
 * Every command is idempotent per order, so a step repeated after a crash changes nothing; the
 * reservations also expire by themselves (a persistent deadline in the inventory) should this
 * process never come back.
 */
@Saga
public class PlacementSaga {

    /** A reservation outlives the order's payment deadline by this much, so a payment at the last second still finds it. */
    public static final Duration RESERVATION_GRACE = Duration.ofMinutes(5);

    private OrderId orderId;
    private UserId buyerId;
    private final List<Hold> holds = new ArrayList<>();
    private CouponId couponId;
    private long points;
    private boolean deducted;

    @Autowired
    private transient CommandGateway commands;

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPlacedEvent placed) {
        orderId = placed.orderId();
        buyerId = placed.buyerId();
        Instant at = placed.placedAt();
        Screening screening = screen(placed);
        Instant holdUntil = (screening.review()
                ? placed.paymentDeadline().plus(screening.decideWithin())
                : placed.paymentDeadline()).plus(RESERVATION_GRACE);
        if (placed.type() != OrderType.VIRTUAL) {
            for (OrderLine line : placed.lines()) {
                SkuRef sku = new SkuRef(line.productId(), line.skuId());
                Outcome<StockReservation> reserved = Outcome.of(commands, new ReserveStockCommand(sku, orderId,
                        line.quantity(), holdUntil));
                if (!reserved.succeeded() || !reserved.value().held()) {
                    reject(CancellationReason.STOCK_SHORTAGE, "not enough stock of " + sku, at);
                    return;
                }
                holds.add(new Hold(sku, line.quantity(), reserved.value().bucket()));
            }
        }
        Money discount = Money.zero(placed.totalAmount().currency());
        CouponId coupon = placed.marketing().couponId();
        if (coupon != null) {
            Outcome<Money> redeemed = Outcome.of(commands, new RedeemCouponCommand(coupon, orderId, buyerId, placed.sellerId(),
                    placed.totalAmount(), at, placed.marketing().couponShare()));
            if (!redeemed.succeeded()) {
                reject(CancellationReason.MARKETING_REFUSED, redeemed.reason() + ": " + redeemed.detail(), at);
                return;
            }
            couponId = coupon;
            discount = discount.plus(redeemed.value());
        }
        long wanted = placed.marketing().points();
        if (wanted > 0) {
            Outcome<Object> spent = Outcome.of(commands, new SpendPointsCommand(buyerId, orderId, wanted, at));
            if (!spent.succeeded()) {
                reject(CancellationReason.MARKETING_REFUSED, spent.reason() + ": " + spent.detail(), at);
                return;
            }
            points = wanted;
            discount = discount.plus(PointsValue.of(wanted, placed.totalAmount().currency()));
        }
        Outcome<Object> confirmed = Outcome.of(commands, screening.review()
                ? new HoldOrderForReviewCommand(orderId, discount, couponId, points, screening.fired(),
                        at.plus(screening.decideWithin()), screening.defaultDecision(), at)
                : new ConfirmOrderPlacementCommand(orderId, discount, couponId, points));
        if (!confirmed.succeeded()) {
            reject(CancellationReason.MARKETING_REFUSED, confirmed.reason() + ": " + confirmed.detail(), at);
        }
    }

    /**
     * The buyer's screening against the review rules. A screening refused puts the order under review rather
     * than let it through unseen; a failure of the ledger (not an answer) propagates, and the step runs again.
     */
    private Screening screen(OrderPlacedEvent placed) {
        List<ScreenedLine> lines = placed.lines().stream()
                .map(line -> new ScreenedLine(new SkuRef(line.productId(), line.skuId()), line.quantity())).toList();
        Outcome<Screening> screened = Outcome.of(commands, new ScreenOrderCommand(buyerId, orderId, lines,
                placed.totalAmount(), placed.placedAt()));
        return screened.succeeded() ? screened.value() : Screening.failed();
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderDepositPaidEvent paid) {
        deduct(paid.paidAt());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderPaidEvent paid) {
        deduct(paid.paidAt());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent cancelled) {
        if (deducted) {
            holds.forEach(hold -> commands.sendAndWait(new RestockCommand(hold.sku(), orderId, hold.quantity(),
                    "cancelled-" + orderId)));
        } else {
            giveBack(ReleaseReason.ORDER_CANCELLED, cancelled.cancelledAt());
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent rejected) {
        // everything was given back before the rejection; the saga only ends
    }

    private void deduct(Instant at) {
        if (deducted) {
            return;
        }
        for (Hold hold : holds) {
            Outcome<Object> sold = Outcome.of(commands, new DeductReservedStockCommand(hold.sku(), orderId, hold.bucket()));
            if (!sold.succeeded()) {
                Interventions.raise(commands, InterventionProcess.PLACEMENT, orderId.toString(), "STOCK_NOT_RESERVED",
                        "order " + orderId + " was paid but its reservation of " + hold.sku() + " was gone: " + sold.detail(),
                        at);
            }
        }
        deducted = true;
    }

    private void reject(CancellationReason reason, String detail, Instant at) {
        giveBack(ReleaseReason.PLACEMENT_FAILED, at);
        commands.sendAndWait(new RejectOrderCommand(orderId, reason, detail, at));
    }

    private void giveBack(ReleaseReason why, Instant at) {
        holds.forEach(hold -> commands.sendAndWait(new ReleaseStockReservationCommand(hold.sku(), orderId, why, hold.bucket())));
        if (couponId != null) {
            commands.sendAndWait(new RollBackCouponRedemptionCommand(couponId, orderId, at));
        }
        if (points > 0) {
            commands.sendAndWait(new RollBackPointsCommand(buyerId, orderId, at));
        }
        SagaLifecycle.end();
    }

    /** Units of one SKU held for this order, in one bucket of its stock (0 for a SKU that was never split). */
    record Hold(SkuRef sku, long quantity, int bucket) {
    }
}
