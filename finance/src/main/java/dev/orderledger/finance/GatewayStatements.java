package dev.orderledger.finance;

import dev.orderledger.api.gateway.GatewayStatement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Matches the payment gateway's statement of a day with the journal in the event store: the one
 * entry for HTTP, the command line and tests. The statement is not stored: the gateway's file is
 * the gateway's record, and the match is computed again from the event store each time it is asked.
 * The grace ({@code ledger.finance.statement-grace}, default one hour) is how far around the day
 * the journal is searched for the statement's lines (see {@link GatewayStatementMatch}).
 */
@Component
class GatewayStatements {

    private final JournalEntries journal;
    private final Duration grace;

    GatewayStatements(JournalEntries journal, @Value("${ledger.finance.statement-grace:PT1H}") Duration grace) {
        GatewayStatementMatch.Window.requireGrace(grace);
        this.journal = journal;
        this.grace = grace;
    }

    /** @throws dev.orderledger.api.common.InvalidValue for a text that is not a statement, naming the line */
    GatewayStatementReport match(LocalDate day, String csv) {
        return match(day, GatewayStatement.parse(csv));
    }

    GatewayStatementReport match(LocalDate day, GatewayStatement statement) {
        GatewayStatementMatch.Window searched = GatewayStatementMatch.Window.around(day, grace);
        return GatewayStatementMatch.match(day, grace, statement, journal.between(searched.from(), searched.until()));
    }
}
