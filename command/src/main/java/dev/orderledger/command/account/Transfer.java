package dev.orderledger.command.account;

import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.account.TransferId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One journal entry. It exists once per transfer id, which makes repeating a transfer harmless. */
@Aggregate(cache = "aggregateCache")
class Transfer {

    @AggregateIdentifier
    private TransferId transferId;
    private TransferRecordedEvent recorded;

    Transfer() {
        // for Axon
    }

    Transfer(TransferMoneyCommand command) {
        apply(new TransferRecordedEvent(command.transferId(), command.from(), command.to(), command.amount(),
                command.orderReference(), command.memo(), command.at()));
    }

    /** Whether a repeated command asks for the very same movement of money. */
    boolean sameAs(TransferMoneyCommand command) {
        return recorded.from().equals(command.from()) && recorded.to().equals(command.to())
                && recorded.amount().equals(command.amount());
    }

    @EventSourcingHandler
    void on(TransferRecordedEvent event) {
        transferId = event.transferId();
        recorded = event;
    }
}
