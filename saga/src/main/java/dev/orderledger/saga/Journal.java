package dev.orderledger.saga;

import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.money.Money;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;

/**
 * How processes move money: one journal entry per step, its id derived from the step
 * ({@link dev.orderledger.api.account.JournalEntryKind}, so a step done twice records one entry),
 * nothing recorded for a zero amount.
 */
public final class Journal {

    private Journal() {
    }

    public static Outcome<TransferResult> transfer(CommandGateway commands, TransferId transferId, AccountId from, AccountId to,
                                                   Money amount, String orderReference, String memo, Instant at) {
        if (!amount.isPositive()) {
            return new Outcome<>(null, null);
        }
        return Outcome.of(commands, new TransferMoneyCommand(transferId, from, to, amount, orderReference,
                memo, at));
    }
}
