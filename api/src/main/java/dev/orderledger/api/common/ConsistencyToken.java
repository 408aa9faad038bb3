package dev.orderledger.api.common;


import java.util.regex.Pattern;

/**
 * A position in the event store that a write reached: every event the write appended is at or
 * before it. Written as its decimal number; opaque to clients, who only hand it back.
 */
public record ConsistencyToken(long position) {

    /** The response header that carries the token of a write, and the request header that asks a read to wait for it. */
    public static final String HEADER = "X-Consistency-Token";
    /** The query parameter that may carry the token instead of the header (for links). */
    public static final String PARAMETER = "consistentWith";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

    public ConsistencyToken {
        if (position < 0) {
            throw new InvalidValue(HEADER, "a consistency token is a position, zero or more");
        }
    }

    /** Reads a token given in the {@link #HEADER} header. */
    public static ConsistencyToken parse(String value) {
        return parse(value, HEADER);
    }

    /**
     * Reads a token: 1 to 19 decimal digits whose value fits a position (a signed 64-bit number).
     *
     * @param field where the client gave it ({@link #HEADER} or {@link #PARAMETER}), named in the refusal
     * @throws InvalidValue naming that field, for anything else
     */
    public static ConsistencyToken parse(String value, String field) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidValue(field, "is not a consistency token: use the " + HEADER + " a write answered with");
        }
        try {
            return new ConsistencyToken(Long.parseLong(value));
        } catch (NumberFormatException beyondAnyPosition) {
            throw new InvalidValue(field, "is beyond any position of the event store (at most " + Long.MAX_VALUE + ")");
        }
    }

    @Override
    public String toString() {
        return Long.toString(position);
    }
}
