package dev.orderledger.simulator.gateway;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.gateway.GatewayStatement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated gateway's books: every payment and refund that reached SUCCEEDED, once per
 * transaction (a repeated or reordered final notice changes nothing), with the amount that moved and
 * the instant the gateway's clock read when its final state was decided; kept in completion order.
 */
final class StatementBook {

    private final Clock clock;
    private final Map<String, GatewayStatement.Line> byTransaction = new LinkedHashMap<>();

    StatementBook(Clock clock) {
        this.clock = clock;
    }

    synchronized void completed(String transactionId, GatewayStatement.Type type, String reference, Money amount) {
        if (!byTransaction.containsKey(transactionId)) {
            byTransaction.put(transactionId,
                    new GatewayStatement.Line(transactionId, type, reference, amount, clock.instant()));
        }
    }

    /** The statement of a UTC day: what completed from its midnight to the next. */
    synchronized GatewayStatement day(LocalDate day) {
        Instant from = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<GatewayStatement.Line> lines = byTransaction.values().stream()
                .filter(line -> !line.completedAt().isBefore(from) && line.completedAt().isBefore(to))
                .toList();
        return new GatewayStatement(lines);
    }
}
