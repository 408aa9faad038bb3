package dev.orderledger.query.consistency;

import dev.orderledger.api.common.InvalidValue;

/**
 * A position in the event store that a write reached: every event the write appended is at or
 * before it. Written as its decimal number; opaque to clients, who only hand it back.
 */
public record ConsistencyToken(long position) {

    /** The response header that carries the token of a write, and the request header that asks a read to wait for it. */
    public static final String HEADER = "X-Consistency-Token";
    /** The query parameter that may carry the token instead of the header (for links). */
    public static final String PARAMETER = "consistentWith";

    public ConsistencyToken {
        if (position < 0) {
            throw new InvalidValue("a consistency token is a position, zero or more");
        }
    }

    public static ConsistencyToken parse(String value) {
        if (value == null || value.isEmpty() || value.length() > 19 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidValue("not a consistency token: use the " + HEADER + " a write answered with");
        }
        return new ConsistencyToken(Long.parseLong(value));
    }

    @Override
    public String toString() {
        return Long.toString(position);
    }
}
