package dev.orderledger.command.account;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Records a transfer: the journal entry and the debit and credit it posts are applied in one unit
 * of work, so they are committed together or not at all. The accounts are locked in a fixed order
 * so that two opposite transfers cannot deadlock.
 */
@Component
class TransferHandler {

    private final Repository<Account> accounts;
    private final Repository<Transfer> transfers;
    private final EventStore events;

    TransferHandler(@Qualifier("accountRepository") Repository<Account> accounts,
                    @Qualifier("transferRepository") Repository<Transfer> transfers, EventStore events) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.events = events;
    }

    @CommandHandler
    TransferResult handle(TransferMoneyCommand command) throws Exception {
        requireValid(command);
        // asking the event store, not loading and catching "not found": a new transfer is the common case
        // on every payment's path, and a failed load is logged with a stack trace
        if (events.lastSequenceNumberFor(command.transferId().value()).isPresent()) {
            if (!recordedAlready(command)) {
                throw new IdUnavailable();
            }
            return new TransferResult(command.transferId(), false);
        }
        transfers.newInstance(() -> new Transfer(command));
        for (AccountId account : Stream.of(command.from(), command.to()).sorted(Comparator.comparing(AccountId::toString)).toList()) {
            accounts.loadOrCreate(account.toString(), Account::new).execute(posting -> {
                if (account.equals(command.from())) {
                    posting.debit(account, command.transferId(), command.amount(), command.at());
                } else {
                    posting.credit(account, command.transferId(), command.amount(), command.at());
                }
            });
        }
        return new TransferResult(command.transferId(), true);
    }

    /** The same transfer was recorded before; false when the id holds another transfer or another kind of record. */
    private boolean recordedAlready(TransferMoneyCommand command) {
        try {
            return transfers.load(command.transferId().value()).invoke(transfer -> transfer.sameAs(command));
        } catch (AggregateNotFoundException anotherKind) {
            return false;
        }
    }

    private static void requireValid(TransferMoneyCommand command) {
        if (!command.amount().isPositive()) {
            throw new BusinessRuleViolation("AMOUNT_NOT_POSITIVE", "a transfer moves a positive amount");
        }
        if (command.from().equals(command.to())) {
            throw new BusinessRuleViolation("SAME_ACCOUNT", "a transfer moves money between two accounts");
        }
    }
}
