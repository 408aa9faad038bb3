package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.ConfirmOrderPlacementCommand;
import dev.orderledger.api.order.FulfillmentStartedEvent;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderClosedEvent;
import dev.orderledger.api.order.OrderCompletedEvent;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderReviewedEvent;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.RejectOrderCommand;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.refund.RefundFinishedEvent;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.order.PlacementPricing.PricedOrder;
import dev.orderledger.command.product.Catalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One order of one buyer from one seller, through the state machine of DOMAIN.md:
 * CREATED → (UNDER_REVIEW →) PENDING_PAYMENT → PAID → FULFILLING → COMPLETED, CANCELLED from the unpaid
 * states, CLOSED after a full refund. Only a listed command moves a state; anything else is refused with
 * the current state named. Placement is idempotent on the order id, and an unpaid order is
 * cancelled when its payment deadline passes.
 */
@Aggregate(cache = "aggregateCache")
class Order {

    /** Name of the deadline that cancels an unpaid order; it survives restarts (db-scheduler). */
    static final String PAYMENT_TIMEOUT = "order-payment-timeout";
    /** Name of the deadline that cancels a presale order whose balance was not paid in its window. */
    static final String BALANCE_DUE = "order-presale-balance-due";

    /** The paid states a full refund closes. */
    private static final Set<OrderStatus> CLOSABLE = EnumSet.of(OrderStatus.DEPOSIT_PAID, OrderStatus.PAID, OrderStatus.FULFILLING,
            OrderStatus.COMPLETED);

    @AggregateIdentifier
    private OrderId orderId;
    private UserId buyerId;
    private UserId sellerId;
    private OrderType type;
    private OrderStatus status;
    private List<OrderLine> lines;
    private PayOrderId payOrderId;
    private PayOrderId depositPayOrderId;
    private Money payable;
    private ShippingAddress shippingAddress;
    private MarketingRequest marketingUsed = MarketingRequest.NONE;
    private Funding paid;
    /** Every cash part of what was paid came from the buyer's wallet (none through the gateway). */
    private boolean cashFromWallet;
    private Instant completedAt;
    private Presale presale;
    private Instant placedAt;
    /** When the payment deadline in force falls: an earlier one (from before a review) no longer cancels. */
    private Instant paymentDeadline;
    @AggregateMember
    private final OrderReviewStep reviewing = new OrderReviewStep(this);
    @AggregateMember
    private final RefundBook refunds = new RefundBook();
    @AggregateMember
    private final OrderFulfillment fulfillment = new OrderFulfillment(this);

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
        PricedOrder order = PlacementPricing.price(command, catalogue);
        apply(new OrderPlacedEvent(command.orderId(), command.buyerId(), order.sellerId(), order.type(), order.lines(),
                order.total(), order.type() == OrderType.VIRTUAL ? null : command.shippingAddress(),
                command.placedAt(), command.paymentDeadline(),
                command.marketing() == null ? MarketingRequest.NONE : command.marketing(), order.presale()));
        deadlines.schedule(command.paymentDeadline(), PAYMENT_TIMEOUT, new PaymentDeadline(command.paymentDeadline()));
        return new OrderPlacement(command.orderId(), true);
    }

    @CommandHandler
    void handle(ConfirmOrderPlacementCommand command) {
        if (status == OrderStatus.PENDING_PAYMENT) {
            return;
        }
        requireStatus(OrderStatus.CREATED);
        confirm(command.discount(), command.couponId(), command.pointsUsed());
    }

    /** Confirms the order with the discount placement found: it awaits payment. */
    void confirm(Money discount, CouponId couponId, long pointsUsed) {
        List<Money> shares = PlacementPricing.discountShares(discount, lines, presale);
        apply(new OrderAwaitingPaymentEvent(orderId, shares, discount, PlacementPricing.totalOf(lines).minus(discount),
                couponId, pointsUsed));
    }

    /** Nobody decided a review in time: the rules' default decides. */
    @DeadlineHandler(deadlineName = OrderReviewStep.REVIEW_DUE)
    void onReviewDue(OrderReviewStep.ReviewDeadline deadline, DeadlineManager deadlines) {
        reviewing.onDue(deadline, deadlines);
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
        requireStatus(OrderStatus.CREATED, OrderStatus.UNDER_REVIEW, OrderStatus.PENDING_PAYMENT);
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

    /** Completion settles with the seller what was paid, less the refunds set aside until now. */
    void complete(CompletionKind how, Instant at) {
        apply(new OrderCompletedEvent(orderId, how, sellerId, paid.total().minus(refunds.setAside(paid.cash().currency())), at));
    }

    /** An order under review, or one whose deadline moved on after its review, is not cancelled by an earlier deadline. */
    @DeadlineHandler(deadlineName = PAYMENT_TIMEOUT)
    void onPaymentTimeout(PaymentDeadline deadline) {
        if (status.isCancellable() && status != OrderStatus.UNDER_REVIEW && !deadline.due().isBefore(paymentDeadline)) {
            apply(new OrderCancelledEvent(orderId, CancellationReason.PAYMENT_TIMEOUT, deadline.due()));
        }
    }

    /**
     * Sets aside the refund's units and amount ({@link RefundBook}), so that refunds never exceed what was paid.
     * A shortage's units never existed: nothing comes back and nothing goes back on the shelf, and its money
     * comes back from each source in proportion.
     */
    RefundOpenedEvent requestRefund(RequestRefundCommand command) {
        boolean shipped = fulfillment.shipped();
        RefundRules rules = new RefundRules(orderId, buyerId, sellerId, status, fulfillment.status(), shipped, presale, completedAt);
        rules.check(command);
        List<RefundLine> refunded = refunds.take(command, lines, line -> rules.refundableOf(line, command.kind(), command.at()));
        if (refunded.isEmpty()) {
            throw new BusinessRuleViolation(command.lineNo() == null ? "NOTHING_LEFT_TO_REFUND" : "NO_SUCH_LINE",
                    command.lineNo() == null ? "order " + orderId + " has been refunded in full"
                            : "order " + orderId + " has no line " + command.lineNo());
        }
        Money amount = refunded.stream().map(RefundLine::amount).reduce(Money::plus).orElseThrow();
        boolean shortage = command.kind() == RefundKind.SHORTAGE;
        Funding funding = refunds.fundingOf(amount, paid, shortage);
        apply(new RefundRequestedEvent(orderId, command.refundId(), command.kind(), refunded, amount, funding, command.at()));
        boolean returnRequired = command.withReturn() && type != OrderType.VIRTUAL && shipped && !shortage;
        boolean restock = type != OrderType.VIRTUAL && !shortage && (returnRequired || !shipped);
        boolean emptied = refunds.takesEveryUnit(lines);
        return new RefundOpenedEvent(command.refundId(), orderId, buyerId, sellerId, command.kind(), returnRequired, restock,
                refunded, amount, funding, status == OrderStatus.COMPLETED,
                emptied ? marketingUsed : MarketingRequest.NONE, command.reason(), command.at(), cashFromWallet);
    }

    /** A completed refund is refunded for good; the last one to finish closes the order. */
    void finishRefund(RefundId refundId, Instant at) {
        if (!refunds.stands(refundId) || refunds.finished(refundId)) {
            return;
        }
        apply(new RefundFinishedEvent(orderId, refundId, at));
        if (CLOSABLE.contains(status) && refunds.refundedInFull(lines)) {
            apply(new OrderClosedEvent(orderId, at));
        }
    }

    /** A refund that was finally refused gives its units back to what can be refunded. */
    void releaseRefund(RefundId refundId, Instant at) {
        if (refunds.stands(refundId)) {
            apply(new RefundReleasedEvent(orderId, refundId, at));
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
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        buyerId = event.buyerId();
        sellerId = event.sellerId();
        type = event.type();
        lines = event.lines();
        presale = event.presale();
        shippingAddress = event.shippingAddress();
        placedAt = event.placedAt();
        paymentDeadline = event.paymentDeadline();
        status = OrderStatus.CREATED;
    }

    @EventSourcingHandler
    void on(OrderUnderReviewEvent event) {
        status = OrderStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(OrderReviewedEvent event) {
        if (event.paymentDeadline() != null) {
            paymentDeadline = event.paymentDeadline();
        }
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
    void on(FulfillmentStartedEvent event) {
        status = OrderStatus.FULFILLING;
    }

    @EventSourcingHandler
    void on(OrderPaidEvent event) {
        status = OrderStatus.PAID;
        payOrderId = event.payOrderId();
        cashFromWallet = event.cashFromWallet() && (paid == null || cashFromWallet);
        paid = paid == null ? event.funding() : paid.plus(event.funding());
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

    OrderId id() {
        return orderId;
    }

    OrderStatus status() {
        return status;
    }

    OrderType type() {
        return type;
    }

    UserId buyerId() {
        return buyerId;
    }

    UserId sellerId() {
        return sellerId;
    }

    List<OrderLine> lines() {
        return lines;
    }

    /** The payment deadline for an order confirmed at this instant: its whole payment window from then. */
    Instant paymentDeadlineFrom(Instant at) {
        return at.plus(Duration.between(placedAt, paymentDeadline));
    }

    ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    /** Every unit is set aside by a refund: there is nothing left to ship. */
    boolean nothingToShip() {
        return refunds.takesEveryUnit(lines);
    }

    void requireStatus(OrderStatus... allowed) {
        StateConflict.requireIn(status, "order " + orderId, allowed);
    }

    private void requireVisibleTo(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(buyerId)) {
            throw new ResourceNotFound("no order " + orderId);
        }
    }

    /** The payload of the payment-timeout deadline. */
    record PaymentDeadline(Instant due) {
    }


}
