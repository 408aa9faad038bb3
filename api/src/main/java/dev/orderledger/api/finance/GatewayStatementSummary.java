package dev.orderledger.api.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What matching a day's gateway statement with the journal found, for people: the counts, the money in and out
 * per currency on each side, every line of the statement with its outcome ({@link #MATCHED} or the kind of
 * difference that names it), and every difference, including the journal entries no line lists. Amounts are
 * exact decimal text with their currency.
 */
public record GatewayStatementSummary(LocalDate day, int rows, int transactions, int matched, int ledgerEntries,
                                      boolean agrees, List<CurrencyTotals> totals, List<LineOutcome> lines,
                                      List<Difference> differences, String text) {

    /** The outcome of a line the journal records with the same amount, and nothing else amiss. */
    public static final String MATCHED = "MATCHED";

    public GatewayStatementSummary {
        totals = List.copyOf(totals);
        lines = List.copyOf(lines);
        differences = List.copyOf(differences);
    }

    /** The money through the gateway in one currency: paid in and out, on the statement and in the day's journal. */
    public record CurrencyTotals(String currency, String statementIn, String statementOut, String ledgerIn,
                                 String ledgerOut) {
    }

    /** One line of the statement as listed, and what the match made of it. */
    public record LineOutcome(String transactionId, String type, String reference, String amount, Instant completedAt,
                              String outcome) {

        public boolean matched() {
            return MATCHED.equals(outcome);
        }
    }

    /**
     * One way the statement and the journal disagree: its kind ({@code MISSING_IN_LEDGER}, {@code MISSING_IN_STATEMENT},
     * {@code AMOUNT}, {@code DUPLICATE}, {@code UNCONFIRMED}), the merchant reference and gateway transactions, the
     * journal entry (transfer) and the order it moved money for, both amounts, and what is wrong in words.
     */
    public record Difference(String kind, String reference, List<String> transactionIds, String transferId,
                             String orderReference, String statementAmount, String ledgerAmount, String detail) {

        public Difference {
            transactionIds = List.copyOf(transactionIds);
        }
    }
}
