package dev.orderledger.command.refund;

import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.command.order.OrderRefunds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The commands that touch a refund and its order together, in one unit of work: opening a refund
 * sets its part aside on the order; closing one after arbitration gives that part back.
 */
@Component
class RefundDesk {

    private final Repository<Refund> refunds;
    private final OrderRefunds orders;

    RefundDesk(@Qualifier("refundRepository") Repository<Refund> refunds, OrderRefunds orders) {
        this.refunds = refunds;
        this.orders = orders;
    }

    /** @return the refund id; asking again with the same refund id answers the refund already opened */
    @CommandHandler
    String handle(RequestRefundCommand command) throws Exception {
        try {
            OrderId existing = refunds.load(command.refundId()).invoke(Refund::orderId);
            if (!existing.equals(command.orderId())) {
                throw new StateConflict("REFUND_ID_TAKEN", "refund id " + command.refundId() + " belongs to another order");
            }
            return command.refundId();
        } catch (AggregateNotFoundException firstTime) {
            // open it below
        }
        RefundOpenedEvent opened = orders.setAside(command);
        refunds.newInstance(() -> new Refund(opened));
        return command.refundId();
    }

    @CommandHandler
    void handle(ArbitrateRefundCommand command) {
        OrderId toRelease = refunds.load(command.refundId()).invoke(refund -> refund.arbitrate(command));
        if (toRelease != null) {
            orders.release(toRelease, command.refundId(), command.at());
        }
    }
}
