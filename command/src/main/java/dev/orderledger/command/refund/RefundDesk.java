package dev.orderledger.command.refund;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.command.order.OrderRefunds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The commands that touch a refund and its order together, in one unit of work: opening a refund
 * sets its part aside on the order; closing one after arbitration gives that part back; completing
 * one refunds that part for good (and closes the order when nothing of it is left).
 */
@Component
class RefundDesk {

    private final Repository<Refund> refunds;
    private final OrderRefunds orders;

    RefundDesk(@Qualifier("refundRepository") Repository<Refund> refunds, OrderRefunds orders) {
        this.refunds = refunds;
        this.orders = orders;
    }

    /**
     * @return the refund id; asking again with the same refund id answers the refund already opened.
     * A refund id that is taken otherwise (another order's refund, another kind of record) is
     * {@link IdUnavailable}, once the order is known to be the caller's: a stranger's order is 404
     * whatever the refund id, so nobody learns which refund ids exist.
     */
    @CommandHandler
    RefundId handle(RequestRefundCommand command) throws Exception {
        Aggregate<Refund> existing = existing(command.refundId());
        if (existing != null && existing.invoke(refund -> refund.repeats(command))) {
            return command.refundId();
        }
        RefundOpenedEvent opened = orders.setAside(command);
        if (existing != null) {
            throw new IdUnavailable();
        }
        refunds.newInstance(() -> new Refund(opened));
        return command.refundId();
    }

    private Aggregate<Refund> existing(RefundId refundId) {
        try {
            return refunds.load(refundId.value());
        } catch (AggregateNotFoundException firstTime) {
            return null;
        }
    }

    @CommandHandler
    void handle(ArbitrateRefundCommand command) {
        OrderId toRelease = refunds.load(command.refundId().value()).invoke(refund -> refund.arbitrate(command));
        if (toRelease != null) {
            orders.release(toRelease, command.refundId(), command.at());
        }
    }

    @CommandHandler
    void handle(CompleteRefundCommand command) {
        OrderId completedOn = refunds.load(command.refundId().value()).invoke(refund -> refund.complete(command));
        if (completedOn != null) {
            orders.finish(completedOn, command.refundId(), command.at());
        }
    }
}
