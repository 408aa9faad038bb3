package dev.orderledger.finance;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One thing in the books that is not as it must be.
 *
 * @param check          which rule it breaks
 * @param account        the account concerned ({@code kind:owner}), or null when the rule is not about one account
 * @param subject        what else it is about, when not an account: a pay order, an order line
 *                       ({@code <orderId>/line <n>}), a SKU ({@code <productId>/<skuId>}) or a coupon
 * @param orderReference the order (or pay order) the money or goods moved for, when known
 * @param transferId     the journal entry concerned, if any
 * @param amount         the amount in question ({@code 12.50 CNY}), if money is in question
 * @param globalIndexes  the events involved, by their position in the event store, ascending
 * @param eventIds       the same events by their identifiers
 * @param detail         what is wrong, in words
 */
public record Discrepancy(Check check, String account, String subject, String orderReference, String transferId,
                          String amount, List<Long> globalIndexes, List<String> eventIds, String detail) {

    /** The order of discrepancies in a report, so that two replays of the same events print the same report. */
    static final Comparator<Discrepancy> ORDER = Comparator.comparing(Discrepancy::check)
            .thenComparing(Discrepancy::account, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Discrepancy::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(discrepancy -> discrepancy.globalIndexes().isEmpty() ? -1L : discrepancy.globalIndexes().get(0))
            .thenComparing(Discrepancy::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Discrepancy::detail);

    public Discrepancy {
        globalIndexes = List.copyOf(globalIndexes);
        eventIds = List.copyOf(eventIds);
    }

    /** A discrepancy about these events (in any order; they are listed in store order). */
    static Discrepancy of(Check check, String account, String subject, String orderReference, String transferId,
                          Amount amount, Collection<EventRef> events, String detail) {
        return new Discrepancy(check, account, subject, orderReference, transferId, amount == null ? null : amount.toString(),
                EventRef.indexesOf(events), EventRef.idsOf(events), detail);
    }

    /** The rules the reconciliation checks. */
    public enum Check {
        /** A journal entry has exactly one debit on {@code from} and one credit on {@code to}, of its amount. */
        TRANSFER_SIDES,
        /** Each posting's balance after is the balance before it plus or minus its amount; the last one is the sum of the postings. */
        ACCOUNT_BALANCE,
        /** The balances of all accounts, clearing accounts included, add up to zero in each currency. */
        MONEY_CONSERVED,
        /**
         * A paid pay order's journal entries (coins, voucher, cash, and the cash in through the gateway)
         * equal its amounts, and each order it paid was paid its share.
         */
        PAYMENT,
        /** The refunds of an order line never take more units or money than the line sold; the journal never gives back more than was paid. */
        REFUND_LIMIT,
        /**
         * What an order's money pays out of clearing (its settlement to the seller, its refunds to the
         * buyer) never exceeds what came in for it (its payments, and refunds charged back from the seller).
         */
        CLEARING,
        /** A SKU's stock levels follow from each movement, and on hand + reserved + sold equals what was received (and adjusted). */
        STOCK,
        /** A coupon is redeemed by at most one order at a time, and only the order holding it gives it back. */
        COUPON,
        /** The account balance read model shows the replayed balance. */
        READ_MODEL,
        /** Every stored payload the checks need can be read (one that cannot is left out of them). */
        UNREADABLE
    }
}
