package dev.orderledger.api.account;

import dev.orderledger.api.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Moves money from one account to another; the same transfer id is recorded once. */
public record TransferMoneyCommand(
        @TargetAggregateIdentifier TransferId transferId,
        AccountId from,
        AccountId to,
        Money amount,
        String orderReference,
        String memo,
        Instant at) {
}
