package dev.orderledger.finance;

import java.util.Comparator;
import java.util.List;

/**
 * One way the gateway's statement and the journal disagree.
 *
 * @param kind            what disagrees
 * @param reference       the merchant reference concerned ({@code <payOrderId>}, {@code refund:<refundId>},
 *                        {@code return:<payOrderId>:<returnId>}), or null for a journal entry no line could name
 * @param transactionIds  the gateway's transactions concerned, as listed (none for a line the statement lacks)
 * @param transferId      the journal entry concerned, when there is one
 * @param orderReference  the order or pay order the journal entry moved money for
 * @param statementAmount what the statement says moved ({@code 12.50 CNY}; several transactions joined by {@code +})
 * @param ledgerAmount    what the journal recorded
 * @param globalIndex     the journal entry's position in the event store
 * @param eventId         the journal entry's event identifier
 * @param detail          what is wrong, in words
 */
public record StatementDifference(Kind kind, String reference, List<String> transactionIds, String transferId,
                                  String orderReference, String statementAmount, String ledgerAmount, Long globalIndex,
                                  String eventId, String detail) {

    /** The order of differences in a report, so that the same statement and journal give the same bytes. */
    static final Comparator<StatementDifference> ORDER = Comparator.comparing(StatementDifference::kind)
            .thenComparing(StatementDifference::reference, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatementDifference::transferId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(difference -> String.join(",", difference.transactionIds()))
            .thenComparing(StatementDifference::detail);

    public StatementDifference {
        transactionIds = List.copyOf(transactionIds);
    }

    /** The difference as one line of a summary: its kind, then each field as {@code name=value}, then the detail. */
    String inOneLine() {
        return kind + " reference=" + reference + " transactions=" + transactionIds + " transfer=" + transferId
               + " order=" + orderReference + " statement=" + statementAmount + " journal=" + ledgerAmount
               + " event=" + globalIndex + ": " + detail;
    }

    /** The kinds of disagreement. */
    public enum Kind {
        /** The gateway lists a payment or refund that no journal entry records. */
        MISSING_IN_LEDGER,
        /** A journal entry of the day moved money through the gateway that no line of the statement lists. */
        MISSING_IN_STATEMENT,
        /** The line and the journal entry name the same payment or refund with another amount or currency. */
        AMOUNT,
        /** One transaction listed more than once, or one reference with several transactions: money moved twice. */
        DUPLICATE,
        /**
         * A journal entry stored within the grace after midnight that no line lists: the gateway most
         * likely completed it the day before, so its line is on the previous day's statement. It does
         * not make the match disagree; matching the previous day's statement confirms it.
         */
        UNCONFIRMED
    }
}
