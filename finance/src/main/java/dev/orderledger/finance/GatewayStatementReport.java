package dev.orderledger.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What matching a day's gateway statement with the journal found. It holds nothing but what the
 * statement and the stored journal say (no clock, no timing), so the same statement and journal
 * always give the same report, byte for byte.
 *
 * @param day            the UTC day of the statement
 * @param grace          how far around the day the journal was searched for the statement's lines (ISO-8601)
 * @param searchedFrom   the journal entries searched were stored from this instant ...
 * @param searchedUntil  ... to this one (exclusive)
 * @param rows           the lines of the statement
 * @param transactions   the distinct gateway transactions it lists
 * @param matched        the transactions a journal entry records with the same amount, and nothing else amiss
 * @param ledgerEntries  the journal entries of the day (stored within it) that moved money through the gateway
 * @param totals         per currency, the money in and out as the statement lists it and as the day's journal has it
 * @param differences    everything that disagrees, in a fixed order
 */
public record GatewayStatementReport(LocalDate day, String grace, Instant searchedFrom, Instant searchedUntil,
                                     int rows, int transactions, int matched, int ledgerEntries,
                                     List<CurrencyTotals> totals, List<StatementDifference> differences) {

    public GatewayStatementReport {
        totals = List.copyOf(totals);
        differences = List.copyOf(differences);
    }

    /**
     * The money through the gateway in one currency: paid in (payments) and paid out (refunds), on the
     * statement (every line as listed) and in the day's journal.
     */
    public record CurrencyTotals(String currency, String statementIn, String statementOut, String ledgerIn,
                                 String ledgerOut) {
    }

    /** Whether the statement and the journal agree: no difference was found. */
    public boolean agrees() {
        return differences.stream().allMatch(difference -> difference.kind() == StatementDifference.Kind.UNCONFIRMED);
    }

    /** A few lines for people: the counts and totals, then one line per difference. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("Gateway statement of ").append(day).append(": ").append(rows).append(" rows, ")
                .append(transactions).append(" transactions, ").append(matched).append(" matched; ")
                .append(ledgerEntries).append(" journal entries through the gateway that day (lines looked for in entries stored from ")
                .append(searchedFrom).append(" to ").append(searchedUntil).append(", grace ").append(grace).append(")\n");
        for (CurrencyTotals total : totals) {
            text.append("  ").append(total.currency()).append(" in: statement ").append(total.statementIn())
                    .append(", journal ").append(total.ledgerIn()).append("; out: statement ")
                    .append(total.statementOut()).append(", journal ").append(total.ledgerOut()).append('\n');
        }
        long unconfirmed = differences.stream().filter(found -> found.kind() == StatementDifference.Kind.UNCONFIRMED).count();
        text.append(agrees() ? "The statement and the journal agree" + (unconfirmed == 0 ? ".\n"
                : "; " + unconfirmed + " early entries are to confirm with the previous day's statement:\n")
                : differences.size() + " differences:\n");
        differences.forEach(found -> text.append("  ").append(found.inOneLine()).append('\n'));
        return text.toString();
    }
}
