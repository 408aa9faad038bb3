package dev.orderledger.command.account;

import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.money.Money;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One account's balance. It changes only by the debits and credits of transfers; an account that
 * is not a clearing account never goes below zero. Opened by its first transfer.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class Account {

    @AggregateIdentifier
    private AccountId accountId;
    private Money balance;

    Account() {
        // for Axon, and for the first transfer of a new account
    }

    void debit(AccountId id, TransferId transfer, Money amount, Instant at) {
        openIfNew(id, amount);
        Money after = balance.minus(amount);
        if (after.isNegative() && !accountId.kind().isClearing()) {
            throw new BusinessRuleViolation("INSUFFICIENT_FUNDS",
                    "account " + accountId + " holds " + balance + ", less than " + amount);
        }
        apply(new AccountDebitedEvent(accountId, transfer, amount, after, at));
    }

    void credit(AccountId id, TransferId transfer, Money amount, Instant at) {
        openIfNew(id, amount);
        apply(new AccountCreditedEvent(accountId, transfer, amount, balance.plus(amount), at));
    }

    private void openIfNew(AccountId id, Money amount) {
        if (accountId == null) {
            apply(new AccountOpenedEvent(id, amount.currency()));
        }
        if (!balance.currency().equals(amount.currency())) {
            throw new BusinessRuleViolation("CURRENCY_MISMATCH",
                    "account " + accountId + " is kept in " + balance.currency() + ", not " + amount.currency());
        }
    }

    @EventSourcingHandler
    void on(AccountOpenedEvent event) {
        accountId = event.accountId();
        balance = Money.zero(event.currency());
    }

    @EventSourcingHandler
    void on(AccountDebitedEvent event) {
        balance = event.balanceAfter();
    }

    @EventSourcingHandler
    void on(AccountCreditedEvent event) {
        balance = event.balanceAfter();
    }
}
