package dev.orderledger.simulator.gateway;

import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Differences a test plants in a day's statement, so that the ledger's matching can be seen to find
 * them. Lines are named by their merchant reference or their transaction id; every field is
 * optional, unknown fields are refused, and a name that is on no line of the statement is refused
 * too (a planted difference that plants nothing would let a test pass for the wrong reason).
 *
 * @param omit      lines left out
 * @param duplicate lines listed twice (the copy right after the line)
 * @param amounts   lines with another amount (a plain decimal, same currency)
 * @param extra     lines the ledger never heard of, listed last
 */
public record StatementEdits(List<String> omit, List<String> duplicate,
                             Map<String, @DecimalMin(value = "0", inclusive = false) @DecimalMax(Amount.MAX) BigDecimal> amounts,
                             List<@Valid Extra> extra) {

    /** Nothing planted: the statement as the gateway's books have it. */
    public static final StatementEdits NONE = new StatementEdits(null, null, null, null);

    /**
     * A line of a payment or refund the ledger never asked for.
     *
     * @param transactionId absent: {@code sim-extra-<day>-<n>}
     * @param completedAt   absent: the last second of the day
     */
    public record Extra(GatewayStatement.Type type, String reference, @Amount Money amount, String transactionId,
                        @InCalendar Instant completedAt) {
    }

    public StatementEdits {
        omit = listed(omit, "omit");
        duplicate = listed(duplicate, "duplicate");
        if (amounts != null && amounts.values().stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("amounts", "amounts: every line named takes an amount");
        }
        amounts = amounts == null ? Map.of() : new TreeMap<>(amounts);
        extra = listed(extra, "extra");
    }

    /** The statement with these differences: amounts changed, lines left out and repeated, extra lines added. */
    GatewayStatement applyTo(GatewayStatement statement, LocalDate day) {
        List<Line> lines = statement.lines();
        requireOnStatement("omit", omit, lines, day);
        requireOnStatement("duplicate", duplicate, lines, day);
        requireOnStatement("amounts", amounts.keySet(), lines, day);
        List<Line> planted = new ArrayList<>();
        for (Line line : lines) {
            if (names(omit, line)) {
                continue;
            }
            BigDecimal other = amounts.getOrDefault(line.reference(), amounts.get(line.transactionId()));
            Line listed = other == null ? line : line.withAmount(other);
            planted.add(listed);
            if (names(duplicate, line)) {
                planted.add(listed);
            }
        }
        Instant lastSecond = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
        for (int i = 0; i < extra.size(); i++) {
            Extra added = extra.get(i);
            planted.add(new Line(added.transactionId() != null ? added.transactionId() : "sim-extra-" + day + "-" + (i + 1),
                    added.type(), added.reference(), added.amount(),
                    added.completedAt() != null ? added.completedAt() : lastSecond));
        }
        return new GatewayStatement(planted);
    }

    private static <T> List<T> listed(List<T> values, String name) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue(name, name + ": no entry may be null");
        }
        return List.copyOf(values);
    }

    private static boolean names(Collection<String> names, Line line) {
        return names.contains(line.reference()) || names.contains(line.transactionId());
    }

    private static void requireOnStatement(String edit, Collection<String> names, List<Line> lines, LocalDate day) {
        for (String name : names) {
            if (lines.stream().noneMatch(line -> line.reference().equals(name) || line.transactionId().equals(name))) {
                throw new InvalidValue(edit, edit + ": '" + name + "' is on no line of the statement of " + day);
            }
        }
    }
}
