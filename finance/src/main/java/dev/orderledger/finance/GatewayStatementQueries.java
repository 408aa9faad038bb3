package dev.orderledger.finance;

import dev.orderledger.api.finance.GatewayStatementSummary;
import dev.orderledger.api.finance.GatewayStatementSummary.LineOutcome;
import dev.orderledger.api.finance.MatchGatewayStatementQuery;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Answers {@link MatchGatewayStatementQuery} for other modules (the console) with the match the API makes, and
 * says of each line of the statement whether it matched or which difference names it (its reference, and its
 * transaction when the difference lists transactions).
 */
@Component
class GatewayStatementQueries {

    private final GatewayStatements statements;

    GatewayStatementQueries(GatewayStatements statements) {
        this.statements = statements;
    }

    @QueryHandler
    GatewayStatementSummary handle(MatchGatewayStatementQuery query) {
        GatewayStatementReport report = statements.match(query.day(), query.statement());
        return new GatewayStatementSummary(report.day(), report.rows(), report.transactions(), report.matched(),
                report.ledgerEntries(), report.agrees(),
                report.totals().stream().map(total -> new GatewayStatementSummary.CurrencyTotals(total.currency(),
                        total.statementIn(), total.statementOut(), total.ledgerIn(), total.ledgerOut())).toList(),
                query.statement().lines().stream().map(line -> outcome(line, report.differences())).toList(),
                report.differences().stream().map(found -> new GatewayStatementSummary.Difference(found.kind().name(),
                        found.reference(), found.transactionIds(), found.transferId(), found.orderReference(),
                        found.statementAmount(), found.ledgerAmount(), found.detail())).toList(),
                report.summary());
    }

    private static LineOutcome outcome(Line line, List<StatementDifference> differences) {
        String outcome = differences.stream()
                .filter(found -> line.reference().equals(found.reference())
                                 && (found.transactionIds().isEmpty() || found.transactionIds().contains(line.transactionId())))
                .map(found -> found.kind().name()).findFirst().orElse(GatewayStatementSummary.MATCHED);
        return new LineOutcome(line.transactionId(), line.type().name(), line.reference(), line.amount().toString(),
                line.completedAt(), outcome);
    }
}
