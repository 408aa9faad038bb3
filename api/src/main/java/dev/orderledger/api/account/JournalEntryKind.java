package dev.orderledger.api.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a journal entry written by the ledger's processes records, and the contract of its id: the
 * kind's code, a colon, and what caused it ({@code pay:<payOrderId>}, {@code settle:<orderId>},
 * {@code return-out:<payOrderId>:<returnId>}). The processes build the ids here and finance reads
 * them back here, so that a step done twice records one entry and the reconciliation finds it.
 * An admin's manual transfer has an id of its own choosing, without a colon
 * ({@code Identifiers.CHOSEN_TRANSFER_ID_REGEX}), so of no kind and never one of these.
 */
public enum JournalEntryKind {

    /** The buyer's coins move into clearing towards a pay order. */
    COINS("coins"),
    /** The platform's voucher moves into clearing towards a pay order. */
    VOUCHER("voucher"),
    /** The pay order's cash moves from the buyer's wallet into clearing. */
    PAY("pay"),
    /** The cash the gateway took enters the buyer's wallet. */
    PAY_IN("pay-in"),
    /** Wallet cash goes back to the wallet: the pay order ended while it was being paid. */
    PAY_BACK("pay-back"),
    /** Coins go back: the payment failed or was cancelled. */
    COINS_BACK("coins-back"),
    /** The voucher goes back: the payment failed or was cancelled. */
    VOUCHER_BACK("voucher-back"),
    /** A payment return's coins go back to the buyer ({@code <payOrderId>:<returnId>}). */
    RETURN_COINS("return-coins"),
    /** A payment return's voucher goes back to the platform ({@code <payOrderId>:<returnId>}). */
    RETURN_VOUCHER("return-voucher"),
    /** A payment return's cash goes from clearing to the buyer's wallet ({@code <payOrderId>:<returnId>}). */
    RETURN("return"),
    /** A payment return's cash leaves through the gateway ({@code <payOrderId>:<returnId>}). */
    RETURN_OUT("return-out"),
    /** A completed order's seller is settled from clearing. */
    SETTLE("settle"),
    /** A refund takes back from the seller what was settled. */
    CHARGEBACK("chargeback"),
    /** A refund's coins go back to the buyer. */
    REFUND_COINS("refund-coins"),
    /** A refund's voucher goes back to the platform. */
    REFUND_VOUCHER("refund-voucher"),
    /** A refund's cash goes from clearing to the buyer's wallet. */
    REFUND_CASH("refund-cash"),
    /** A refund's cash leaves through the gateway. */
    REFUND_OUT("refund-out");

    private static final char SEPARATOR = ':';

    private final String code;

    JournalEntryKind(String code) {
        this.code = code;
    }

    /** The id's prefix before its first colon. */
    public String code() {
        return code;
    }

    /** The id of this kind of entry for what caused it. */
    public TransferId of(Object cause) {
        return TransferId.of(code + SEPARATOR + cause);
    }

    /** The id of this kind of entry for a part of what caused it (a pay order's return: pay order, return). */
    public TransferId of(Object cause, Object part) {
        return TransferId.of(code + SEPARATOR + cause + SEPARATOR + part);
    }

    /** What caused the entry, when the id is of this kind. */
    public Optional<String> causeOf(TransferId id) {
        return kindOf(id).filter(this::equals).map(kind -> id.value().substring(code.length() + 1));
    }

    /** The kind of entry an id names, none for an id the processes never build (a manual transfer). */
    public static Optional<JournalEntryKind> kindOf(TransferId id) {
        String value = id.value();
        int colon = value.indexOf(SEPARATOR);
        if (colon <= 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        String prefix = value.substring(0, colon);
        return Arrays.stream(values()).filter(kind -> kind.code.equals(prefix)).findFirst();
    }
}
