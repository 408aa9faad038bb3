package dev.orderledger.command.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.ReceiveReturnCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RecordRestockCommand;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundClosedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundMarketingRollbackFailedEvent;
import dev.orderledger.api.refund.RefundMarketingRolledBackEvent;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundPaidEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.refund.RefundRestockedEvent;
import dev.orderledger.api.refund.RefundStatus;
import dev.orderledger.api.refund.ReturnFailedEvent;
import dev.orderledger.api.refund.ReturnReceivedEvent;
import dev.orderledger.api.refund.ReturnShippedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.refund.ShipReturnCommand;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One refund: REQUESTED → APPROVED (or REJECTED → arbitration → APPROVED or CLOSED) → with goods
 * coming back RETURN_SHIPPED → RETURN_RECEIVED (or R7) → R13 marketing rolled back (or R14) → R10
 * refunded (or R11) → RESTOCKED when goods came back or never left → COMPLETED. A failed step (R7, R11, R14) can
 * be retried, by the process or by a person.
 */
@Aggregate(cache = "aggregateCache")
class Refund {

    @AggregateIdentifier
    private RefundId refundId;
    private OrderId orderId;
    private UserId buyerId;
    private UserId sellerId;
    private boolean returnRequired;
    private boolean restock;
    private Money amount;
    private RefundStatus status;

    Refund() {
        // for Axon
    }

    Refund(RefundOpenedEvent opened) {
        apply(opened);
    }

    /** The same request again: this refund's order, asked by its buyer or an admin. */
    boolean repeats(RequestRefundCommand command) {
        return orderId.equals(command.orderId())
                && (command.actor().isAdmin() || command.actor().userId().equals(buyerId));
    }

    @CommandHandler
    void handle(DecideRefundCommand command) {
        requireSellerOrAdmin(command.actor());
        requireStatus(RefundStatus.REQUESTED);
        apply(command.approve() ? new RefundApprovedEvent(refundId, command.actor().userId(), command.at())
                : new RefundRejectedEvent(refundId, command.actor().userId(), command.reason(), command.at()));
    }

    /** @return the order whose set-aside must be released, when the refund is finally refused; else null */
    OrderId arbitrate(ArbitrateRefundCommand command) {
        if (!command.actor().isAdmin()) {
            throw new ResourceNotFound("no refund " + refundId);
        }
        requireStatus(RefundStatus.REJECTED);
        if (command.approve()) {
            apply(new RefundApprovedEvent(refundId, command.actor().userId(), command.at()));
            return null;
        }
        apply(new RefundClosedEvent(refundId, orderId, command.reason(), command.at()));
        return orderId;
    }

    @CommandHandler
    void handle(ShipReturnCommand command) {
        if (!command.actor().userId().equals(buyerId)) {
            throw new ResourceNotFound("no refund " + refundId);
        }
        if (!returnRequired) {
            throw new StateConflict(status.name(), "refund " + refundId + " needs no goods sent back");
        }
        requireStatus(RefundStatus.APPROVED);
        apply(new ReturnShippedEvent(refundId, command.carrier(), command.trackingNumber(), command.at()));
    }

    @CommandHandler
    void handle(ReceiveReturnCommand command) {
        requireSellerOrAdmin(command.actor());
        requireStatus(RefundStatus.RETURN_SHIPPED, RefundStatus.R7_RETURN_FAILED);
        apply(command.received() ? new ReturnReceivedEvent(refundId, command.at())
                : new ReturnFailedEvent(refundId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RecordRefundMarketingRollbackCommand command) {
        if (command.succeeded() && status == RefundStatus.R13_MARKETING_ROLLED_BACK) {
            return;
        }
        requireStatus(returnRequired ? RefundStatus.RETURN_RECEIVED : RefundStatus.APPROVED,
                RefundStatus.R14_MARKETING_ROLLBACK_FAILED);
        apply(command.succeeded() ? new RefundMarketingRolledBackEvent(refundId, command.at())
                : new RefundMarketingRollbackFailedEvent(refundId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RecordRefundPaymentCommand command) {
        if (command.succeeded() && status == RefundStatus.R10_REFUNDED) {
            return;
        }
        requireStatus(RefundStatus.R13_MARKETING_ROLLED_BACK, RefundStatus.R11_REFUND_FAILED);
        apply(command.succeeded()
                ? new RefundPaidEvent(refundId, orderId, amount, command.gatewayReference(), command.at())
                : new RefundPaymentFailedEvent(refundId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RecordRestockCommand command) {
        if (status == RefundStatus.RESTOCKED) {
            return;
        }
        if (!restock) {
            throw new StateConflict(status.name(), "refund " + refundId + " has no goods to restock");
        }
        requireStatus(RefundStatus.R10_REFUNDED);
        apply(new RefundRestockedEvent(refundId, command.at()));
    }

    /** @return the order to record the completion on, or null when the refund had already completed. */
    OrderId complete(CompleteRefundCommand command) {
        if (status == RefundStatus.COMPLETED) {
            return null;
        }
        requireStatus(restock ? RefundStatus.RESTOCKED : RefundStatus.R10_REFUNDED);
        apply(new RefundCompletedEvent(refundId, orderId, amount, command.at()));
        return orderId;
    }

    @EventSourcingHandler
    void on(RefundOpenedEvent event) {
        refundId = event.refundId();
        orderId = event.orderId();
        buyerId = event.buyerId();
        sellerId = event.sellerId();
        returnRequired = event.returnRequired();
        restock = event.restock();
        amount = event.amount();
        status = RefundStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(RefundApprovedEvent event) {
        status = RefundStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(RefundRejectedEvent event) {
        status = RefundStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(RefundClosedEvent event) {
        status = RefundStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ReturnShippedEvent event) {
        status = RefundStatus.RETURN_SHIPPED;
    }

    @EventSourcingHandler
    void on(ReturnReceivedEvent event) {
        status = RefundStatus.RETURN_RECEIVED;
    }

    @EventSourcingHandler
    void on(ReturnFailedEvent event) {
        status = RefundStatus.R7_RETURN_FAILED;
    }

    @EventSourcingHandler
    void on(RefundMarketingRolledBackEvent event) {
        status = RefundStatus.R13_MARKETING_ROLLED_BACK;
    }

    @EventSourcingHandler
    void on(RefundMarketingRollbackFailedEvent event) {
        status = RefundStatus.R14_MARKETING_ROLLBACK_FAILED;
    }

    @EventSourcingHandler
    void on(RefundPaidEvent event) {
        status = RefundStatus.R10_REFUNDED;
    }

    @EventSourcingHandler
    void on(RefundPaymentFailedEvent event) {
        status = RefundStatus.R11_REFUND_FAILED;
    }

    @EventSourcingHandler
    void on(RefundRestockedEvent event) {
        status = RefundStatus.RESTOCKED;
    }

    @EventSourcingHandler
    void on(RefundCompletedEvent event) {
        status = RefundStatus.COMPLETED;
    }

    private void requireSellerOrAdmin(Actor actor) {
        if (!actor.isAdmin() && !actor.userId().equals(sellerId)) {
            throw new ResourceNotFound("no refund " + refundId);
        }
    }

    private void requireStatus(RefundStatus... allowed) {
        StateConflict.requireIn(status, "refund " + refundId, allowed);
    }
}
