package dev.orderledger.api.gateway;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The payment gateway's daily statement: every payment and refund it completed that day, one line
 * each, in the order they completed. The one definition of its format, written by the simulated
 * gateway and read by the ledger's import. CSV without quoting, UTF-8, lines ending in {@code \n}
 * (a {@code \r\n} and a leading byte order mark are accepted), this header first:
 * <pre>
 * transaction_id,type,merchant_reference,amount,currency,completed_at
 * sim-tx-5c1e…,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:15:30.123Z
 * 42-r1,REFUND,refund:42-r1,30.00,CNY,2026-03-01T11:02:00Z
 * </pre>
 * The merchant reference is what the ledger asked under: a payment's request id (the pay order id),
 * a refund's reference ({@code refund:<refundId>} or {@code return:<payOrderId>:<returnId>}). The
 * amount is a positive plain decimal with at most the currency's decimals (the type says which way
 * the money went), the currency an ISO 4217 code, the completion an ISO-8601 instant.
 *
 * @param lines the statement's lines, in the order they are listed
 */
public record GatewayStatement(List<Line> lines) {

    /** How a statement travels over HTTP. */
    public static final String MEDIA_TYPE = "text/csv";
    public static final String HEADER = "transaction_id,type,merchant_reference,amount,currency,completed_at";
    private static final int COLUMNS = 6;
    /** An id or a reference: no white space, no comma, no quote, so that no field ever needs quoting. */
    private static final Pattern FIELD = Pattern.compile("[^\\s,\"]{1,256}");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,18}(\\.\\d{1,18})?");

    /** Which way the money went through the gateway: in from the buyer, or back out to them. */
    public enum Type { PAYMENT, REFUND }

    /**
     * One completed payment or refund.
     *
     * @param transactionId the gateway's id of it (a payment's transaction id, a refund's refund id)
     * @param type          payment or refund
     * @param reference     the merchant reference the ledger asked under
     * @param amount        the amount that actually moved
     * @param completedAt   when the gateway completed it
     */
    public record Line(String transactionId, Type type, String reference, Money amount, Instant completedAt) {

        public Line {
            field(transactionId, "transaction_id");
            required(type, "type");
            field(reference, "merchant_reference");
            required(amount, "amount");
            if (!amount.isPositive()) {
                throw new InvalidValue("a statement amount is positive, got " + amount);
            }
            required(completedAt, "completed_at");
        }

        /** The same line with another amount in the same currency. */
        public Line withAmount(BigDecimal other) {
            return new Line(transactionId, type, reference, new Money(other, amount.currency()), completedAt);
        }
    }

    public GatewayStatement {
        lines = List.copyOf(lines);
    }

    /** The statement as CSV: the header, then one line per {@link Line}, each ending in {@code \n}. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Line line : lines) {
            csv.append(line.transactionId()).append(',').append(line.type()).append(',').append(line.reference())
                    .append(',').append(line.amount().amount().toPlainString()).append(',')
                    .append(line.amount().currency().getCurrencyCode()).append(',').append(line.completedAt())
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * Reads a statement in this format. Blank lines are accepted only at the end.
     *
     * @throws InvalidValue naming the line (1 is the header) for an empty text, another header, a line
     *                      with another number of columns, an unknown type, or a bad id, amount,
     *                      currency or instant
     */
    public static GatewayStatement parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidValue("the statement is empty: it starts with the header " + HEADER);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String[] rows = text.split("\r?\n", -1);
        int end = rows.length;
        while (end > 0 && rows[end - 1].isBlank()) {
            end--;
        }
        if (!rows[0].strip().equals(HEADER)) {
            throw new InvalidValue("line 1: the header must be " + HEADER);
        }
        List<Line> lines = new ArrayList<>(end - 1);
        for (int row = 1; row < end; row++) {
            lines.add(line(rows[row], row + 1));
        }
        return new GatewayStatement(lines);
    }

    private static Line line(String row, int number) {
        String[] cells = row.split(",", -1);
        try {
            if (cells.length != COLUMNS) {
                throw new InvalidValue("has " + cells.length + " columns, the header names " + COLUMNS);
            }
            if (!PLAIN_DECIMAL.matcher(cells[3]).matches()) {
                throw new InvalidValue("the amount '" + cells[3] + "' is not a plain decimal like 12.50");
            }
            return new Line(cells[0], type(cells[1]), cells[2], Money.of(new BigDecimal(cells[3]), cells[4]),
                    instant(cells[5]));
        } catch (InvalidValue invalid) {
            throw new InvalidValue("line " + number + ": " + invalid.getMessage());
        }
    }

    private static Type type(String value) {
        for (Type type : Type.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw new InvalidValue("unknown type '" + value + "' (PAYMENT or REFUND)");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            throw new InvalidValue("completed_at '" + value + "' is not an ISO-8601 instant like 2026-03-01T10:15:30Z");
        }
    }

    private static void required(Object value, String name) {
        if (value == null) {
            throw new InvalidValue(name + " is required");
        }
    }

    private static void field(String value, String name) {
        if (value == null || !FIELD.matcher(value).matches()) {
            throw new InvalidValue(name + " is required: up to 256 characters, no spaces, commas or quotes");
        }
    }
}
