package dev.orderledger.command.order;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RequestRefundCommand;

import java.time.Duration;
import java.time.Instant;

/**
 * Who may ask an order for a refund, when, and what refunding a line returns: the rules of DOMAIN.md's
 * refunds, over the facts of the order at the moment of asking.
 *
 * @param shipped     the goods have left (shipped or delivered)
 * @param completedAt when the order completed; null before
 */
record RefundRules(OrderId orderId, UserId buyerId, UserId sellerId, OrderStatus status, FulfillmentStatus fulfillment,
                   boolean shipped, Presale presale, Instant completedAt) {

    /** Completed orders can be returned within this time with no reason (seed 004, 7 天无理由退货); later, with one. */
    static final Duration RETURN_WINDOW = Duration.ofDays(7);

    /** Refuses a refund the asker may not have, or may not have now. */
    void check(RequestRefundCommand command) {
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
            case SHORTAGE -> checkShortage(command);
        }
        StateConflict.requireIn(status, "order " + orderId, OrderStatus.DEPOSIT_PAID, OrderStatus.PAID, OrderStatus.FULFILLING,
                OrderStatus.COMPLETED);
        if (status == OrderStatus.DEPOSIT_PAID) {
            if (command.lineNo() != null) {
                throw new BusinessRuleViolation("PRESALE_PARTIAL_REFUND", "before its balance is paid, a presale order is refunded whole");
            }
            if (!command.at().isBefore(presale.balanceUntil())) {
                throw new BusinessRuleViolation("DEPOSIT_NOT_REFUNDABLE", "the balance window of order " + orderId + " has passed");
            }
        }
        if (command.kind() == RefundKind.BUYER && (command.reason() == null || command.reason().isBlank())
                && status == OrderStatus.COMPLETED && command.at().isAfter(completedAt.plus(RETURN_WINDOW))) {
            throw new BusinessRuleViolation("REASON_REQUIRED", "order " + orderId + " completed more than "
                    + RETURN_WINDOW.toDays() + " days ago: a return now needs a reason");
        }
    }

    /**
     * Only the order's seller (or an admin) reports a shortage, and only of goods that have not left: a paid
     * order not yet shipped, whose fulfillment has not failed (a failed one is refunded by its own process).
     */
    private void checkShortage(RequestRefundCommand command) {
        if (!command.actor().isAdmin() && !command.actor().userId().equals(sellerId)) {
            throw new ResourceNotFound("no order " + orderId);
        }
        StateConflict.requireIn(status, "order " + orderId, OrderStatus.DEPOSIT_PAID, OrderStatus.PAID, OrderStatus.FULFILLING);
        if (shipped) {
            throw new StateConflict("SHIPPED", "order " + orderId + " has shipped: what it lacks is a return, not a shortage");
        }
        if (fulfillment == FulfillmentStatus.F3_FAILED) {
            throw new StateConflict(fulfillment.name(), "order " + orderId + " failed fulfillment; its refund is under way");
        }
    }

    /**
     * What refunding all of a line returns: what the buyer paid for it, which for a presale order is
     * only its deposit while the balance is unpaid; a buyer who backs out after the balance window
     * has passed does not get the deposit back (a refund the seller or the platform causes does).
     */
    Money refundableOf(OrderLine line, RefundKind kind, Instant at) {
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
}
