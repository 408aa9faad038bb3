package dev.orderledger.saga.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.saga.Journal;
import dev.orderledger.saga.Outcome;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;

import static dev.orderledger.api.account.JournalEntryKind.COINS;
import static dev.orderledger.api.account.JournalEntryKind.COINS_BACK;
import static dev.orderledger.api.account.JournalEntryKind.PAY;
import static dev.orderledger.api.account.JournalEntryKind.PAY_BACK;
import static dev.orderledger.api.account.JournalEntryKind.PAY_IN;
import static dev.orderledger.api.account.JournalEntryKind.RETURN;
import static dev.orderledger.api.account.JournalEntryKind.RETURN_COINS;
import static dev.orderledger.api.account.JournalEntryKind.RETURN_OUT;
import static dev.orderledger.api.account.JournalEntryKind.RETURN_VOUCHER;
import static dev.orderledger.api.account.JournalEntryKind.VOUCHER;
import static dev.orderledger.api.account.JournalEntryKind.VOUCHER_BACK;

/**
 * Where the money of one pay order moves, as journal entries (ADR 0005): the buyer's coins and the
 * platform's voucher into clearing and back; cash in through the gateway into the buyer's wallet,
 * on from the wallet into clearing, and back; a return's coins, voucher and cash out of clearing,
 * and its cash out through the gateway. Every entry's id comes from its step, so a step done twice
 * records one entry. Platform accounts are the pay order's shard of each.
 */
final class PaymentJournal {

    private final CommandGateway commands;
    private final String payOrderId;
    private final UserId buyerId;

    PaymentJournal(CommandGateway commands, String payOrderId, UserId buyerId) {
        this.commands = commands;
        this.payOrderId = payOrderId;
        this.buyerId = buyerId;
    }

    Outcome<TransferResult> coinsIn(Money coins, Instant at) {
        return Journal.transfer(commands, COINS.of(payOrderId), AccountId.buyerCoins(buyerId), clearing(), coins, payOrderId,
                "coins towards pay order " + payOrderId, at);
    }

    void voucherIn(Money voucher, Instant at) {
        Journal.transfer(commands, VOUCHER.of(payOrderId), platform(AccountKind.PLATFORM_MARKETING), clearing(), voucher,
                payOrderId, "voucher towards pay order " + payOrderId, at);
    }

    /** Coins and voucher taken towards the pay order go back where they came from. */
    void marketingBack(Funding funding, Instant at) {
        Journal.transfer(commands, COINS_BACK.of(payOrderId), clearing(), AccountId.buyerCoins(buyerId), funding.coins(),
                payOrderId, "coins back from pay order " + payOrderId, at);
        Journal.transfer(commands, VOUCHER_BACK.of(payOrderId), clearing(), platform(AccountKind.PLATFORM_MARKETING),
                funding.voucher(), payOrderId, "voucher back from pay order " + payOrderId, at);
    }

    Outcome<TransferResult> payFromWallet(Money cash, Instant at) {
        return Journal.transfer(commands, PAY.of(payOrderId), AccountId.buyerWallet(buyerId), clearing(), cash, payOrderId,
                "pay order " + payOrderId + " from the wallet", at);
    }

    /** Wallet cash back from a pay order that ended while it was being paid. */
    void walletBack(Money cash, Instant at) {
        Journal.transfer(commands, PAY_BACK.of(payOrderId), clearing(), AccountId.buyerWallet(buyerId), cash, payOrderId,
                "wallet cash back from pay order " + payOrderId + ", which ended meanwhile", at);
    }

    /** The gateway's cash enters the ledger in the buyer's wallet. */
    void cashIn(Money cash, Instant at) {
        Journal.transfer(commands, PAY_IN.of(payOrderId), platform(AccountKind.PLATFORM_GATEWAY), AccountId.buyerWallet(buyerId),
                cash, payOrderId, "cash in through the gateway for pay order " + payOrderId, at);
    }

    /** The cash that came in through the gateway moves on from the wallet into clearing. */
    void pay(Money cash, Instant at) {
        Journal.transfer(commands, PAY.of(payOrderId), AccountId.buyerWallet(buyerId), clearing(), cash, payOrderId,
                "pay order " + payOrderId, at);
    }

    /**
     * A return's coins and voucher go back at once; its cash goes to the buyer's wallet when it is an
     * order's share ({@code orderId} not null), and stays to be paid out otherwise.
     */
    void returned(ReturnId returnId, OrderId orderId, Funding back, Instant at) {
        String order = orderId == null ? payOrderId : orderId.value();
        Journal.transfer(commands, RETURN_COINS.of(payOrderId, returnId), clearing(),
                AccountId.buyerCoins(buyerId), back.coins(), order, "coins back from pay order " + payOrderId, at);
        Journal.transfer(commands, RETURN_VOUCHER.of(payOrderId, returnId), clearing(),
                platform(AccountKind.PLATFORM_MARKETING), back.voucher(), order, "voucher back from pay order " + payOrderId, at);
        if (orderId != null) {
            Journal.transfer(commands, RETURN.of(payOrderId, returnId), clearing(),
                    AccountId.buyerWallet(buyerId), back.cash(), order, "cash back from pay order " + payOrderId, at);
        }
    }

    /** A return's cash leaves through the gateway, which paid it back. */
    void cashOut(ReturnId returnId, Money cash, Instant at) {
        Journal.transfer(commands, RETURN_OUT.of(payOrderId, returnId), AccountId.buyerWallet(buyerId),
                platform(AccountKind.PLATFORM_GATEWAY), cash, payOrderId,
                "cash out through the gateway for pay order " + payOrderId, at);
    }

    private AccountId clearing() {
        return platform(AccountKind.PLATFORM_CLEARING);
    }

    private AccountId platform(AccountKind kind) {
        return AccountId.platform(kind, payOrderId);
    }
}
