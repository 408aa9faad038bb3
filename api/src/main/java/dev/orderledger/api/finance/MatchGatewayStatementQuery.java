package dev.orderledger.api.finance;

import dev.orderledger.api.gateway.GatewayStatement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks finance to match the payment gateway's statement of a UTC day with the journal, as
 * {@code POST /api/finance/gateway-statements/{day}} does; answered with a {@link GatewayStatementSummary}. The
 * statement arrives parsed (a file that is not one is refused where it is read, naming the line). Nothing is stored.
 */
public record MatchGatewayStatementQuery(LocalDate day, GatewayStatement statement) {

    public MatchGatewayStatementQuery {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(statement, "statement");
    }
}
