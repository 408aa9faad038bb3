package dev.orderledger.command.cart;

import dev.orderledger.command.risk.Standings;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponShare;
import dev.orderledger.api.marketing.PointsValue;
import dev.orderledger.api.marketing.QuoteCouponQuery;
import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.CheckoutRejected;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.CreatePayOrderCommand;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.product.SkuOffer;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import dev.orderledger.command.order.OrderIdGenerator;
import dev.orderledger.command.outcome.OrderOutcomes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.async.DeferredResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Checkout (seed 004 跨平台交易单): the selected lines of a buyer's cart become one order per seller,
 * placed together, and once placement confirmed every one of them, one pay order covering them all.
 * <ul>
 *   <li>A platform coupon pays for the whole checkout: its discount (on the checkout's total) is shared
 *       among the orders in proportion to their totals, and each order redeems its share
 *       ({@link CouponShare}); each order shares its discount among its lines, so a refund of any line
 *       returns what it cost. A seller's coupon applies to that seller's order only.</li>
 *   <li>Points are shared among the orders the same way.</li>
 *   <li>If placement refuses any order (stock, coupon), the others are cancelled, which gives back what
 *       they took, and the answer names the order, the reason and the line. The cart keeps its lines.</li>
 *   <li>Once all are confirmed, the pay order is created (its payment starts at once) and the lines
 *       leave the cart.</li>
 * </ul>
 * The answer waits for that outcome like a placement ({@link OrderOutcomes}); when the wait runs out
 * (202), the checkout still finishes in the background. Should the ledger stop meanwhile, orders left
 * unpaid are cancelled at their payment deadline, which gives back what they took (ADR 0022).
 */
@Service
class Checkouts implements DisposableBean {

    private final Carts carts;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OrderOutcomes outcomes;
    private final OrderIdGenerator orderIds;
    private final Clock clock;
    private final Duration paymentTimeout;
    private final Standings standings;
    /** The last steps of checkouts, off the thread of the views that showed their outcome. */
    private final ExecutorService lastSteps = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "checkout");
        thread.setDaemon(true);
        return thread;
    });

    Checkouts(Carts carts, CommandGateway commands, QueryGateway queries, OrderOutcomes outcomes, OrderIdGenerator orderIds,
              Clock clock, @Value("${ledger.order.payment-timeout:PT30M}") Duration paymentTimeout, Standings standings) {
        this.standings = standings;
        this.carts = carts;
        this.commands = commands;
        this.queries = queries;
        this.outcomes = outcomes;
        this.orderIds = orderIds;
        this.clock = clock;
        this.paymentTimeout = paymentTimeout;
    }

    DeferredResult<ResponseEntity<?>> checkout(Actor buyer, ShippingAddress address, CouponId couponId, long points,
                                               PaymentMethod method, String prefer) {
        standings.requireNotBlocked(buyer.userId());
        CartKey cart = CartKey.of(buyer.userId());
        List<CartLine> lines = carts.selected(cart);
        if (lines.isEmpty()) {
            throw new BusinessRuleViolation("CART_EMPTY", "no line of the cart is selected");
        }
        List<SellerOrder> orders = ordersOf(buyer.userId(), lines, carts.offers(lines));
        Money total = orders.stream().map(SellerOrder::total).reduce(Money::plus).orElseThrow();
        String checkoutId = "checkout-" + UUID.randomUUID();
        List<MarketingRequest> marketing = marketing(checkoutId, buyer.userId(), couponId, points, orders, total);
        Instant now = clock.instant();
        List<OrderId> ids = orders.stream().map(SellerOrder::orderId).toList();
        OrderOutcomes.Wait wait = outcomes.follow(ids, buyer, prefer);
        List<OrderId> placed = new ArrayList<>();
        try {
            for (int i = 0; i < orders.size(); i++) {
                SellerOrder order = orders.get(i);
                commands.sendAndWait(new PlaceOrderCommand(order.orderId(), buyer.userId(), order.requests(), address, now,
                        now.plus(paymentTimeout), marketing.get(i)));
                placed.add(order.orderId());
            }
        } catch (RuntimeException refused) {
            wait.cancel();
            cancel(placed, null);
            throw refused;
        }
        Finish finish = new Finish(cart, checkoutId, PayOrderId.of("pay-" + checkoutId), buyer, ids, lines, method);
        return wait.answerAfter(details -> finish.decide(details),
                () -> {
                    outcomes.follow(ids, buyer, null).answerAfter(finish::decide, () -> null);
                    return ResponseEntity.accepted().body(new PendingCheckout(checkoutId, ids, finish.payOrderId()));
                });
    }

    /** One order per seller, in the order the sellers first appear in the cart; every line must be buyable now. */
    private List<SellerOrder> ordersOf(UserId buyer, List<CartLine> lines, List<SkuOffer> offers) {
        Map<UserId, SellerOrder> bySeller = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            SkuOffer offer = offers.get(i);
            CartLine line = lines.get(i);
            if (!offer.purchasable()) {
                throw new BusinessRuleViolation(offer.unavailable(), line.sku() + " cannot be bought now; take it out of the selection");
            }
            SellerOrder order = bySeller.computeIfAbsent(offer.sellerId(), seller -> new SellerOrder(orderIds.next(buyer),
                    new ArrayList<>(), new ArrayList<>()));
            order.requests().add(new LineRequest(line.sku().productId(), line.sku().skuId(), line.quantity()));
            order.totals().add(offer.unitPrice().times(line.quantity()));
        }
        List<SellerOrder> orders = List.copyOf(bySeller.values());
        if (orders.stream().map(order -> order.total().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("CURRENCY_MISMATCH", "a checkout is paid in one currency; select lines of one currency");
        }
        return orders;
    }

    /**
     * What each order takes off: the coupon redeemed by the one order it can pay for, or shared by all of
     * them when it is the platform's; the points in proportion to the orders' totals.
     */
    private List<MarketingRequest> marketing(String checkoutId, UserId buyer, CouponId couponId, long points,
                                             List<SellerOrder> orders, Money total) {
        List<Money> totals = orders.stream().map(SellerOrder::total).toList();
        List<Long> pointShares = pointShares(points, totals, total);
        List<MarketingRequest> marketing = new ArrayList<>();
        if (couponId == null || orders.size() == 1) {
            for (int i = 0; i < orders.size(); i++) {
                marketing.add(new MarketingRequest(couponId, pointShares.get(i)));
            }
            return marketing;
        }
        Money discount = quote(new QuoteCouponQuery(couponId, buyer, total, clock.instant()));
        List<Money> shares = Allocation.proportional(discount, totals);
        for (int i = 0; i < orders.size(); i++) {
            marketing.add(new MarketingRequest(couponId, pointShares.get(i), new CouponShare(checkoutId, total, shares.get(i))));
        }
        return marketing;
    }

    /** Points shared in proportion to the orders' totals, the first orders taking what is left over. */
    private static List<Long> pointShares(long points, List<Money> totals, Money total) {
        if (PointsValue.of(points, total.currency()).compareTo(total) > 0) {
            throw new BusinessRuleViolation("TOO_MANY_POINTS", points + " points are worth more than the checkout costs");
        }
        BigDecimal all = total.amount();
        List<Long> shares = new ArrayList<>();
        long left = points;
        for (Money order : totals) {
            long share = all.signum() == 0 ? 0 : BigDecimal.valueOf(points).multiply(order.amount())
                    .divide(all, 0, RoundingMode.DOWN).longValueExact();
            shares.add(share);
            left -= share;
        }
        for (int i = 0; left > 0; i = (i + 1) % shares.size(), left--) {
            shares.set(i, shares.get(i) + 1);
        }
        return shares;
    }

    private Money quote(QuoteCouponQuery query) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(Money.class)).join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException refusal ? refusal : failed;
        }
    }

    /** Cancels the orders of a checkout that failed; their placement gives back what they took. */
    private void cancel(List<OrderId> orders, OrderId refused) {
        Instant at = clock.instant();
        for (OrderId order : orders) {
            if (!order.equals(refused)) {
                try {
                    commands.sendAndWait(new CancelOrderCommand(order, Actor.system(),
                            CancellationReason.CHECKOUT_FAILED, at));
                } catch (RuntimeException alreadyCancelled) {
                    // placement refused it too, or it is gone already: nothing to give back here
                }
            }
        }
    }

    @Override
    public void destroy() {
        lastSteps.shutdownNow();
    }

    /** A seller's order of the checkout: its id, its lines and their totals at the prices quoted. */
    private record SellerOrder(OrderId orderId, List<LineRequest> requests, List<Money> totals) {

        Money total() {
            return totals.stream().reduce(Money::plus).orElseThrow();
        }
    }

    /** How a checkout ends, once the order views show every order confirmed or one refused. */
    private final class Finish {

        private final CartKey cart;
        private final String checkoutId;
        private final PayOrderId payOrderId;
        private final Actor buyer;
        private final List<OrderId> orders;
        private final List<CartLine> lines;
        private final PaymentMethod method;

        Finish(CartKey cart, String checkoutId, PayOrderId payOrderId, Actor buyer, List<OrderId> orders, List<CartLine> lines,
               PaymentMethod method) {
            this.cart = cart;
            this.checkoutId = checkoutId;
            this.payOrderId = payOrderId;
            this.buyer = buyer;
            this.orders = orders;
            this.lines = lines;
            this.method = method;
        }

        PayOrderId payOrderId() {
            return payOrderId;
        }

        Optional<CompletionStage<ResponseEntity<?>>> decide(Map<OrderId, OrderDetail> details) {
            Optional<OrderDetail> refused = orders.stream().map(details::get)
                    .filter(order -> order != null && order.status() == OrderStatus.CANCELLED).findFirst();
            if (refused.isPresent()) {
                return Optional.of(CompletableFuture.supplyAsync(() -> abandon(refused.get()), lastSteps));
            }
            boolean allPlaced = orders.stream().map(details::get).allMatch(order -> order != null
                    && (order.status() == OrderStatus.PENDING_PAYMENT || order.status() == OrderStatus.UNDER_REVIEW));
            if (!allPlaced) {
                return Optional.empty();
            }
            List<OrderDetail> placed = orders.stream().map(details::get).toList();
            boolean underReview = placed.stream().anyMatch(order -> order.status() == OrderStatus.UNDER_REVIEW);
            return Optional.of(CompletableFuture.supplyAsync(() -> underReview ? awaitConfirmation(placed) : pay(placed),
                    lastSteps));
        }

        /**
         * Review rules stopped an order: the checkout is placed (its lines leave the cart), but there is nothing to
         * pay before every order is confirmed; the buyer pays them then, in one pay order (202, no pay order yet).
         */
        private ResponseEntity<?> awaitConfirmation(List<OrderDetail> placed) {
            carts.checkedOut(cart, lines.stream().map(CartLine::sku).toList());
            return ResponseEntity.accepted().body(new CheckedOut(checkoutId, placed, null, null));
        }

        private ResponseEntity<?> abandon(OrderDetail refused) {
            cancel(orders, refused.orderId());
            SkuRef line = refused.lines().stream()
                    .map(sold -> new SkuRef(sold.productId(), sold.skuId()))
                    .filter(sku -> refused.cancellationDetail() != null && refused.cancellationDetail().contains(sku.toString()))
                    .findFirst().orElse(null);
            throw new CheckoutRejected(refused.orderId(), refused.cancellationReason(), refused.cancellationDetail(), line);
        }

        private ResponseEntity<?> pay(List<OrderDetail> confirmed) {
            commands.sendAndWait(new CreatePayOrderCommand(payOrderId, buyer.userId(), orders, method, null, null, clock.instant()));
            carts.checkedOut(cart, lines.stream().map(CartLine::sku).toList());
            Money due = confirmed.stream().map(OrderDetail::payableAmount).reduce(Money::plus).orElseThrow();
            return ResponseEntity.status(HttpStatus.CREATED).body(new CheckedOut(checkoutId, confirmed, payOrderId, due));
        }
    }

    /** A checkout placed and paying: its orders, one per seller, and the pay order covering them. */
    record CheckedOut(String checkoutId, List<OrderDetail> orders, PayOrderId payOrderId, Money payable) {
    }

    /** A checkout whose orders are not confirmed yet; it finishes by itself. Read the orders to follow it. */
    record PendingCheckout(String checkoutId, List<OrderId> orderIds, PayOrderId payOrderId) {
    }
}
