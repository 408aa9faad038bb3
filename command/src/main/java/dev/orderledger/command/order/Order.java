package dev.orderledger.command.order;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.AcceptFulfillmentCommand;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.RejectOrderCommand;
import dev.orderledger.api.order.AutoConfirmReceiptCommand;
import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.CloseOrderCommand;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.ConfirmReceiptCommand;
import dev.orderledger.api.order.FailFulfillmentCommand;
import dev.orderledger.api.order.FulfillmentAcceptedEvent;
import dev.orderledger.api.order.FulfillmentFailedEvent;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.MarkOrderDeliveredCommand;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.order.StartFulfillmentCommand;
import dev.orderledger.api.order.TrackingNumberUpdatedEvent;
import dev.orderledger.api.order.UpdateTrackingNumberCommand;
import dev.orderledger.api.refund.RefundFinishedEvent;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.product.Catalogue;
import dev.orderledger.command.product.SaleableSku;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One order of one buyer from one seller, through the state machine of DOMAIN.md:
 * CREATED → PENDING_PAYMENT → PAID → FULFILLING → COMPLETED, CANCELLED from the two unpaid states,
 * CLOSED after a full refund. Only a listed command moves a state; anything else is refused with
 * the current state named. Placement is idempotent on the order id, and an unpaid order is
 * cancelled when its payment deadline passes.
 */
@Aggregate(cache = "aggregateCache")
class Order {

    /** Name of the deadline that cancels an unpaid order; it survives restarts (db-scheduler). */
    static final String PAYMENT_TIMEOUT = "order-payment-timeout";
    /** Name of the deadline that cancels a presale order whose balance was not paid in its window. */
    static final String BALANCE_DUE = "order-presale-balance-due";
    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 10_000;
    /** Completed orders can be returned within this time, no reason needed. */
    static final Duration RETURN_WINDOW = Duration.ofDays(7);

    /** The paid states a full refund closes. */
    private static final Set<OrderStatus> CLOSABLE = EnumSet.of(OrderStatus.DEPOSIT_PAID, OrderStatus.PAID, OrderStatus.FULFILLING,
            OrderStatus.COMPLETED);

    @AggregateIdentifier
    private OrderId orderId;
    private String buyerId;
    private String sellerId;
    private OrderType type;
    private OrderStatus status;
    private FulfillmentStatus fulfillment;
    private List<OrderLine> lines;
    private String payOrderId;
    private String depositPayOrderId;
    private Money payable;
    private ShippingAddress shippingAddress;
    private MarketingRequest marketingUsed = MarketingRequest.NONE;
    private Funding paid;
    /** Every cash part of what was paid came from the buyer's wallet (none through the gateway). */
    private boolean cashFromWallet;
    private final Map<String, Funding> refundFunding = new HashMap<>();
    private Instant completedAt;
    private Presale presale;
    private final Map<Integer, Integer> refundedUnits = new HashMap<>();
    private final Map<String, List<RefundLine>> refunds = new HashMap<>();
    private final Set<String> finishedRefunds = new HashSet<>();
    private long shippingVersion;

    Order() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    OrderPlacement handle(PlaceOrderCommand command, Catalogue catalogue, DeadlineManager deadlines) {
        if (orderId != null) {
            if (!buyerId.equals(command.buyerId())) {
                throw new IdUnavailable();
            }
            return new OrderPlacement(orderId, false);
        }
        List<SaleableSku> skus = price(command.lines(), catalogue);
        SaleableSku first = skus.get(0);
        if (skus.stream().anyMatch(sku -> !sku.sellerId().equals(first.sellerId()))) {
            throw new BusinessRuleViolation("MIXED_SELLERS", "an order holds the items of one seller; split the checkout");
        }
        OrderType orderType = first.presale() != null ? OrderType.PRESALE : first.type().orderType();
        if (skus.stream().anyMatch(sku -> (sku.presale() != null ? OrderType.PRESALE : sku.type().orderType()) != orderType)) {
            throw new BusinessRuleViolation("MIXED_TYPES", "physical, virtual and presale goods are ordered separately");
        }
        if (orderType == OrderType.PRESALE && skus.stream().anyMatch(sku ->
                !sku.presale().balanceFrom().equals(first.presale().balanceFrom())
                        || !sku.presale().balanceUntil().equals(first.presale().balanceUntil()))) {
            throw new BusinessRuleViolation("MIXED_PRESALES", "presale goods with different balance windows are ordered separately");
        }
        if (orderType != OrderType.VIRTUAL && command.shippingAddress() == null) {
            throw new BusinessRuleViolation("SHIPPING_ADDRESS_MISSING", "a physical order needs a shipping address");
        }
        List<OrderLine> priced = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            SaleableSku sku = skus.get(i);
            int quantity = command.lines().get(i).quantity();
            Money total = sku.unitPrice().times(quantity);
            priced.add(new OrderLine(i + 1, sku.productId(), sku.skuId(), sku.snapshotId(), sku.productName(),
                    quantity, sku.unitPrice(), Money.zero(total.currency()), total));
        }
        Money totalAmount = priced.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        Presale terms = null;
        if (orderType == OrderType.PRESALE) {
            List<Money> lineDeposits = new ArrayList<>();
            for (int i = 0; i < skus.size(); i++) {
                lineDeposits.add(skus.get(i).presale().depositPerUnit().times(priced.get(i).quantity()));
            }
            terms = new Presale(lineDeposits, lineDeposits.stream().reduce(Money::plus).orElseThrow(),
                    first.presale().balanceFrom(), first.presale().balanceUntil());
        }
        apply(new OrderPlacedEvent(command.orderId(), command.buyerId(), first.sellerId(), orderType, priced,
                totalAmount, orderType == OrderType.VIRTUAL ? null : command.shippingAddress(),
                command.placedAt(), command.paymentDeadline(),
                command.marketing() == null ? MarketingRequest.NONE : command.marketing(), terms));
        deadlines.schedule(command.paymentDeadline(), PAYMENT_TIMEOUT, new PaymentDeadline(command.paymentDeadline()));
        return new OrderPlacement(command.orderId(), true);
    }

    @CommandHandler
    void handle(ConfirmOrderPlacementCommand command) {
        if (status == OrderStatus.PENDING_PAYMENT) {
            return;
        }
        requireStatus(OrderStatus.CREATED);
        Money total = total();
        if (command.discount().isNegative() || command.discount().compareTo(total) > 0) {
            throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "a discount is between zero and the order total " + total);
        }
        if (presale != null && total.minus(command.discount()).compareTo(presale.deposit()) <= 0) {
            throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "a presale discount leaves more to pay than the deposit");
        }
        List<Money> shares = Allocation.proportional(command.discount(), lines.stream().map(OrderLine::lineTotal).toList());
        for (int i = 0; presale != null && i < lines.size(); i++) {
            if (lines.get(i).lineTotal().minus(shares.get(i)).compareTo(presale.lineDeposits().get(i)) < 0) {
                throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "line " + lines.get(i).lineNo()
                        + " would cost less than its deposit after the discount");
            }
        }
        apply(new OrderAwaitingPaymentEvent(orderId, shares, command.discount(), total.minus(command.discount()),
                command.couponId(), command.pointsUsed()));
    }

    /** Placement could not take what the order needs; repeating the rejection changes nothing. */
    @CommandHandler
    void handle(RejectOrderCommand command) {
        if (status == OrderStatus.CANCELLED) {
            return;
        }
        requireStatus(OrderStatus.CREATED);
        apply(new OrderRejectedEvent(orderId, command.reason(), command.detail(), command.at()));
    }

    @CommandHandler
    void handle(CancelOrderCommand command) {
        requireVisibleTo(command.actor());
        CancellationReason reason = command.actor().isAdmin() ? command.reason() : CancellationReason.BUYER;
        if (status == OrderStatus.CANCELLED) {
            return;
        }
        requireStatus(OrderStatus.CREATED, OrderStatus.PENDING_PAYMENT);
        apply(new OrderCancelledEvent(orderId, reason == null ? CancellationReason.CUSTOMER_SERVICE : reason, command.at()));
    }

    /**
     * An order's pay order succeeded. For a presale order the first payment is the deposit, which
     * starts the wait for the balance; the second is the balance.
     */
    @CommandHandler
    void handle(MarkOrderPaidCommand command, DeadlineManager deadlines) {
        if (command.payOrderId().equals(payOrderId) || command.payOrderId().equals(depositPayOrderId)) {
            return;
        }
        if (status == OrderStatus.PENDING_PAYMENT || status == OrderStatus.DEPOSIT_PAID) {
            Money due = dueNow();
            if (!due.equals(command.amount())) {
                throw new BusinessRuleViolation("PAYMENT_AMOUNT_MISMATCH", "order " + orderId + " is owed " + due
                        + ", not " + command.amount());
            }
        }
        if (command.funding() == null || !command.funding().total().equals(command.amount())) {
            throw new BusinessRuleViolation("FUNDING_MISMATCH", "cash, coins and voucher must add up to " + command.amount());
        }
        if (presale != null && status == OrderStatus.PENDING_PAYMENT) {
            apply(new OrderDepositPaidEvent(orderId, command.payOrderId(), command.funding(), command.paidAt(),
                    command.cashFromWallet()));
            deadlines.schedule(presale.balanceUntil(), BALANCE_DUE, new PaymentDeadline(presale.balanceUntil()));
            return;
        }
        requireStatus(presale != null ? OrderStatus.DEPOSIT_PAID : OrderStatus.PENDING_PAYMENT);
        apply(new OrderPaidEvent(orderId, command.payOrderId(), command.funding(), command.paidAt(), command.cashFromWallet()));
    }

    /** The balance was not paid in its window: the order is cancelled and the deposit forfeited. */
    @DeadlineHandler(deadlineName = BALANCE_DUE)
    void onBalanceDue(PaymentDeadline deadline) {
        if (status == OrderStatus.DEPOSIT_PAID) {
            apply(new OrderCancelledEvent(orderId, CancellationReason.BALANCE_NOT_PAID, deadline.due()));
        }
    }

    @CommandHandler
    void handle(StartFulfillmentCommand command) {
        if (fulfillment != FulfillmentStatus.F0_NOT_STARTED) {
            return;
        }
        requireStatus(OrderStatus.PAID);
        apply(new FulfillmentStartedEvent(orderId, type, command.fulfillmentReference(), shippingAddress, command.at()));
        if (type == OrderType.VIRTUAL) {
            apply(new OrderDeliveredEvent(orderId, command.at()));
            complete(CompletionKind.VIRTUAL_DELIVERED, command.at());
        }
    }

    @CommandHandler
    void handle(AcceptFulfillmentCommand command) {
        if (fulfillment == FulfillmentStatus.F2_PROCESSING) {
            return;
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING);
        apply(new FulfillmentAcceptedEvent(orderId, command.fulfillmentReference(), command.at()));
    }

    /** @return the new shipping version, which a later tracking update must carry */
    @CommandHandler
    long handle(ShipOrderCommand command) {
        requireSellerOrAdmin(command.actor());
        requireStatus(OrderStatus.FULFILLING);
        if (shippingVersion > 0) {
            throw new StateConflict("SHIPPED", "order " + orderId + " has shipped; update its tracking number instead");
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        requireTracking(command.carrier(), command.trackingNumber());
        apply(new OrderShippedEvent(orderId, command.carrier(), command.trackingNumber(), 1, command.at()));
        return shippingVersion;
    }

    /** @return the new shipping version */
    @CommandHandler
    long handle(UpdateTrackingNumberCommand command) {
        requireSellerOrAdmin(command.actor());
        if (shippingVersion == 0) {
            throw new StateConflict(status.name(), "order " + orderId + " has not shipped yet");
        }
        requireStatus(OrderStatus.FULFILLING);
        if (command.expectedVersion() != shippingVersion) {
            throw new StateConflict("SHIPPING_VERSION_" + shippingVersion, "the tracking number was changed since version "
                    + command.expectedVersion() + "; it is at version " + shippingVersion);
        }
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        requireTracking(command.carrier(), command.trackingNumber());
        apply(new TrackingNumberUpdatedEvent(orderId, command.carrier(), command.trackingNumber(), shippingVersion + 1,
                command.at()));
        return shippingVersion;
    }

    @CommandHandler
    void handle(MarkOrderDeliveredCommand command) {
        if (fulfillment == FulfillmentStatus.F4_SUCCESS) {
            return;
        }
        requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        apply(new OrderDeliveredEvent(orderId, command.at()));
    }

    @CommandHandler
    void handle(FailFulfillmentCommand command) {
        if (fulfillment == FulfillmentStatus.F3_FAILED) {
            return;
        }
        requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F1_PENDING, FulfillmentStatus.F2_PROCESSING);
        apply(new FulfillmentFailedEvent(orderId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(ConfirmReceiptCommand command) {
        if (!command.actor().userId().equals(buyerId)) {
            throw new ResourceNotFound("no order " + orderId);
        }
        if (status == OrderStatus.COMPLETED) {
            return;
        }
        requireStatus(OrderStatus.FULFILLING);
        if (shippingVersion == 0 && fulfillment != FulfillmentStatus.F4_SUCCESS) {
            throw new StateConflict(fulfillment.name(), "order " + orderId + " has not shipped yet");
        }
        if (fulfillment == FulfillmentStatus.F3_FAILED) {
            throw new StateConflict(fulfillment.name(), "order " + orderId + " failed fulfillment");
        }
        complete(CompletionKind.BUYER_CONFIRMED, command.at());
    }

    @CommandHandler
    void handle(AutoConfirmReceiptCommand command) {
        if (status == OrderStatus.COMPLETED) {
            return;
        }
        requireStatus(OrderStatus.FULFILLING);
        requireFulfillment(FulfillmentStatus.F4_SUCCESS);
        complete(CompletionKind.AUTO_CONFIRMED, command.at());
    }

    /** Completion settles with the seller what was paid, less the refunds set aside until now. */
    private void complete(CompletionKind how, Instant at) {
        Money refunded = refundFunding.values().stream().map(Funding::total).reduce(Money.zero(paid.cash().currency()), Money::plus);
        apply(new OrderCompletedEvent(orderId, how, sellerId, paid.total().minus(refunded), at));
    }

    @CommandHandler
    void handle(CloseOrderCommand command) {
        if (status == OrderStatus.CLOSED) {
            return;
        }
        requireStatus(CLOSABLE.toArray(OrderStatus[]::new));
        if (!refundedInFull()) {
            throw new BusinessRuleViolation("NOT_FULLY_REFUNDED", "order " + orderId + " is closed once all of it is refunded");
        }
        apply(new OrderClosedEvent(orderId, command.at()));
    }

    /**
     * Every unit is refunded, and every refund that set units aside has completed: a refund still
     * waiting (for the seller, an arbitration, the gateway) may yet be released.
     */
    private boolean refundedInFull() {
        return lines.stream().allMatch(line -> refundedUnits.getOrDefault(line.lineNo(), 0) == line.quantity())
                && finishedRefunds.containsAll(refunds.keySet());
    }

    @DeadlineHandler(deadlineName = PAYMENT_TIMEOUT)
    void onPaymentTimeout(PaymentDeadline deadline) {
        if (status.isCancellable()) {
            apply(new OrderCancelledEvent(orderId, CancellationReason.PAYMENT_TIMEOUT, deadline.due()));
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        buyerId = event.buyerId();
        sellerId = event.sellerId();
        type = event.type();
        lines = event.lines();
        presale = event.presale();
        shippingAddress = event.shippingAddress();
        status = OrderStatus.CREATED;
        fulfillment = FulfillmentStatus.F0_NOT_STARTED;
    }

    @EventSourcingHandler
    void on(OrderAwaitingPaymentEvent event) {
        status = OrderStatus.PENDING_PAYMENT;
        payable = event.payable();
        marketingUsed = new MarketingRequest(event.couponId(), event.pointsUsed());
        List<OrderLine> discounted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            discounted.add(lines.get(i).withDiscount(event.lineDiscounts().get(i)));
        }
        lines = discounted;
    }

    @EventSourcingHandler
    void on(RefundRequestedEvent event) {
        refunds.put(event.refundId(), event.lines());
        refundFunding.put(event.refundId(), event.funding());
        event.lines().forEach(line -> refundedUnits.merge(line.lineNo(), line.quantity(), Integer::sum));
    }

    @EventSourcingHandler
    void on(RefundFinishedEvent event) {
        finishedRefunds.add(event.refundId());
    }

    @EventSourcingHandler
    void on(RefundReleasedEvent event) {
        refundFunding.remove(event.refundId());
        refunds.remove(event.refundId()).forEach(line -> refundedUnits.merge(line.lineNo(), -line.quantity(), Integer::sum));
    }

    /**
     * Sets aside the refund's units and amount, so that refunds never exceed what was paid. Each
     * unit of a line is worth its share of the line's payable amount (shares differ by at most one
     * minor unit, the first units taking the remainder), so refunding every unit returns exactly
     * what the line cost.
     */
    RefundOpenedEvent requestRefund(RequestRefundCommand command) {
        requireRefundAllowed(command);
        List<RefundLine> refunded = new ArrayList<>();
        for (OrderLine line : lines) {
            if (command.lineNo() != null && line.lineNo() != command.lineNo()) {
                continue;
            }
            int already = refundedUnits.getOrDefault(line.lineNo(), 0);
            int units = command.lineNo() == null ? line.quantity() - already : command.quantity();
            if (units <= 0 && command.lineNo() == null) {
                continue;
            }
            if (units < 1 || already + units > line.quantity()) {
                throw new BusinessRuleViolation("REFUND_EXCEEDS_PURCHASE", "line " + line.lineNo() + " has "
                        + (line.quantity() - already) + " units left to refund");
            }
            List<Money> perUnit = Allocation.proportional(refundableOf(line, command.kind(), command.at()),
                    java.util.Collections.nCopies(line.quantity(), line.unitPrice()));
            Money amount = perUnit.subList(already, already + units).stream().reduce(Money::plus).orElseThrow();
            refunded.add(new RefundLine(line.lineNo(), new SkuRef(line.productId(), line.skuId()), units, amount));
        }
        if (refunded.isEmpty()) {
            throw new BusinessRuleViolation(command.lineNo() == null ? "NOTHING_LEFT_TO_REFUND" : "NO_SUCH_LINE",
                    command.lineNo() == null ? "order " + orderId + " has been refunded in full"
                            : "order " + orderId + " has no line " + command.lineNo());
        }
        Money amount = refunded.stream().map(RefundLine::amount).reduce(Money::plus).orElseThrow();
        Funding alreadyRefunded = refundFunding.values().stream().reduce(Funding.zero(amount.currency()), Funding::plus);
        Funding funding = paid.minus(alreadyRefunded).take(amount);
        apply(new RefundRequestedEvent(orderId, command.refundId(), command.kind(), refunded, amount, funding, command.at()));
        boolean shipped = shippingVersion > 0 || fulfillment == FulfillmentStatus.F4_SUCCESS;
        boolean returnRequired = command.withReturn() && type != OrderType.VIRTUAL && shipped;
        boolean restock = type != OrderType.VIRTUAL && (returnRequired || !shipped);
        boolean emptied = lines.stream().allMatch(line -> refundedUnits.getOrDefault(line.lineNo(), 0) == line.quantity());
        return new RefundOpenedEvent(command.refundId(), orderId, buyerId, sellerId, command.kind(), returnRequired, restock,
                refunded, amount, funding, status == OrderStatus.COMPLETED,
                emptied ? marketingUsed : MarketingRequest.NONE, command.reason(), command.at(), cashFromWallet);
    }

    /**
     * What refunding all of a line returns: what the buyer paid for it, which for a presale order is
     * only its deposit while the balance is unpaid; a buyer who backs out after the balance window
     * has passed does not get the deposit back (a refund the seller or the platform causes does).
     */
    private Money refundableOf(OrderLine line, RefundKind kind, Instant at) {
        if (presale == null) {
            return line.payable();
        }
        Money deposit = presale.lineDeposits().get(line.lineNo() - 1);
        if (status == OrderStatus.DEPOSIT_PAID) {
            return deposit;
        }
        boolean forfeited = kind == RefundKind.BUYER && !at.isBefore(presale.balanceUntil());
        return forfeited ? line.payable().minus(deposit) : line.payable();
    }

    /** A completed refund is refunded for good; the last one to finish closes the order. */
    void finishRefund(String refundId, Instant at) {
        if (!refunds.containsKey(refundId) || finishedRefunds.contains(refundId)) {
            return;
        }
        apply(new RefundFinishedEvent(orderId, refundId, at));
        if (CLOSABLE.contains(status) && refundedInFull()) {
            apply(new OrderClosedEvent(orderId, at));
        }
    }

    /** A refund that was finally refused gives its units back to what can be refunded. */
    void releaseRefund(String refundId, Instant at) {
        if (refunds.containsKey(refundId)) {
            apply(new RefundReleasedEvent(orderId, refundId, at));
        }
    }

    private void requireRefundAllowed(RequestRefundCommand command) {
        switch (command.kind()) {
            case BUYER -> {
                if (!command.actor().userId().equals(buyerId)) {
                    throw new ResourceNotFound("no order " + orderId);
                }
            }
            case ADMIN -> {
                if (!command.actor().isAdmin()) {
                    throw new ResourceNotFound("no order " + orderId);
                }
            }
            case FAILED_FULFILLMENT -> {
                if (fulfillment != FulfillmentStatus.F3_FAILED) {
                    throw new StateConflict(fulfillment.name(), "order " + orderId + " did not fail fulfillment");
                }
            }
        }
        requireStatus(OrderStatus.DEPOSIT_PAID, OrderStatus.PAID, OrderStatus.FULFILLING, OrderStatus.COMPLETED);
        if (status == OrderStatus.DEPOSIT_PAID) {
            if (command.lineNo() != null) {
                throw new BusinessRuleViolation("PRESALE_PARTIAL_REFUND", "before its balance is paid, a presale order is refunded whole");
            }
            if (!command.at().isBefore(presale.balanceUntil())) {
                throw new BusinessRuleViolation("DEPOSIT_NOT_REFUNDABLE", "the balance window of order " + orderId + " has passed");
            }
        }
        if (status == OrderStatus.COMPLETED && command.kind() == RefundKind.BUYER
                && command.at().isAfter(completedAt.plus(RETURN_WINDOW))) {
            throw new BusinessRuleViolation("RETURN_WINDOW_CLOSED", "order " + orderId + " completed more than "
                    + RETURN_WINDOW.toDays() + " days ago");
        }
    }

    /**
     * What paying this order needs to know of it at this moment: for a presale order the deposit
     * first, then the balance once its window has opened.
     */
    PayableOrder payable(Instant at) {
        if (presale != null && status == OrderStatus.DEPOSIT_PAID
                && (at.isBefore(presale.balanceFrom()) || !at.isBefore(presale.balanceUntil()))) {
            throw new BusinessRuleViolation("BALANCE_WINDOW_CLOSED", "the balance of order " + orderId + " is paid from "
                    + presale.balanceFrom() + " until " + presale.balanceUntil());
        }
        return new PayableOrder(orderId, buyerId, status, dueNow());
    }

    /** What the buyer owes now: the payable amount, or for a presale its deposit and then its balance. */
    private Money dueNow() {
        if (presale == null || (status != OrderStatus.PENDING_PAYMENT && status != OrderStatus.DEPOSIT_PAID)) {
            return payable;
        }
        return status == OrderStatus.PENDING_PAYMENT ? presale.deposit() : payable.minus(presale.deposit());
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderRejectedEvent event) {
        status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderDepositPaidEvent event) {
        status = OrderStatus.DEPOSIT_PAID;
        depositPayOrderId = event.payOrderId();
        paid = event.funding();
        cashFromWallet = event.cashFromWallet();
    }

    @EventSourcingHandler
    void on(OrderPaidEvent event) {
        status = OrderStatus.PAID;
        payOrderId = event.payOrderId();
        cashFromWallet = event.cashFromWallet() && (paid == null || cashFromWallet);
        paid = paid == null ? event.funding() : paid.plus(event.funding());
    }

    @EventSourcingHandler
    void on(FulfillmentStartedEvent event) {
        status = OrderStatus.FULFILLING;
        fulfillment = FulfillmentStatus.F1_PENDING;
    }

    @EventSourcingHandler
    void on(FulfillmentAcceptedEvent event) {
        fulfillment = FulfillmentStatus.F2_PROCESSING;
    }

    @EventSourcingHandler
    void on(OrderShippedEvent event) {
        shippingVersion = event.shippingVersion();
    }

    @EventSourcingHandler
    void on(TrackingNumberUpdatedEvent event) {
        shippingVersion = event.shippingVersion();
    }

    @EventSourcingHandler
    void on(OrderDeliveredEvent event) {
        fulfillment = FulfillmentStatus.F4_SUCCESS;
    }

    @EventSourcingHandler
    void on(FulfillmentFailedEvent event) {
        fulfillment = FulfillmentStatus.F3_FAILED;
    }

    @EventSourcingHandler
    void on(OrderCompletedEvent event) {
        status = OrderStatus.COMPLETED;
        completedAt = event.at();
    }

    @EventSourcingHandler
    void on(OrderClosedEvent event) {
        status = OrderStatus.CLOSED;
    }

    private Money total() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    private void requireStatus(OrderStatus... allowed) {
        StateConflict.requireIn(status, "order " + orderId, allowed);
    }

    private void requireFulfillment(FulfillmentStatus... allowed) {
        StateConflict.requireIn(fulfillment, "order " + orderId + " fulfillment", allowed);
    }

    private void requireVisibleTo(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(buyerId)) {
            throw new ResourceNotFound("no order " + orderId);
        }
    }

    private void requireSellerOrAdmin(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(sellerId)) {
            throw new ResourceNotFound("no order " + orderId);
        }
    }

    private static void requireTracking(String carrier, String trackingNumber) {
        if (carrier == null || carrier.isBlank() || trackingNumber == null || trackingNumber.isBlank()) {
            throw new BusinessRuleViolation("TRACKING_MISSING", "shipping needs a carrier and a tracking number");
        }
    }

    private static List<SaleableSku> price(List<LineRequest> lines, Catalogue catalogue) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessRuleViolation("ORDER_WITHOUT_LINES", "an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new BusinessRuleViolation("TOO_MANY_LINES", "an order holds at most " + MAX_LINES + " lines");
        }
        if (lines.stream().map(line -> List.of(line.productId(), line.skuId())).distinct().count() < lines.size()) {
            throw new BusinessRuleViolation("DUPLICATE_LINE", "each SKU appears once; raise its quantity instead");
        }
        List<SaleableSku> priced = new ArrayList<>();
        for (LineRequest line : lines) {
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw new BusinessRuleViolation("QUANTITY_OUT_OF_RANGE",
                        "quantity must be between 1 and " + MAX_QUANTITY);
            }
            priced.add(catalogue.saleable(line.productId(), line.skuId()));
        }
        if (priced.stream().map(sku -> sku.unitPrice().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("MIXED_CURRENCIES", "an order is paid in one currency");
        }
        return priced;
    }

    /** The payload of the payment-timeout deadline. */
    record PaymentDeadline(Instant due) {
    }
}
