package dev.orderledger.simulator;

import dev.orderledger.api.common.InvalidValue;

/**
 * The checks the simulators make of what they are sent: scenario knobs (absent means the default, out
 * of range is refused) and the fields a request cannot do without; each refusal names its field.
 */
public final class Knobs {

    public static final long MAX_DELAY_MILLIS = 60_000;
    public static final int MAX_DUPLICATES = 20;

    private Knobs() {
    }

    public static long delay(Long millis, long otherwise, String name) {
        return range(millis == null ? otherwise : millis, MAX_DELAY_MILLIS, name);
    }

    public static int duplicates(Integer count) {
        return (int) range(count == null ? 0 : count, MAX_DUPLICATES, "duplicateCallbacks");
    }

    public static boolean flag(Boolean value, boolean otherwise) {
        return value == null ? otherwise : value;
    }

    /** The idempotency key of a request: letters, digits and {@code _ : . -}, up to 128. */
    public static String key(String value, String name) {
        if (value == null || !value.matches("[A-Za-z0-9_:.-]{1,128}")) {
            throw new InvalidValue(name, name + " is required: letters, digits and _ : . - (up to 128)");
        }
        return value;
    }

    public static <T> T require(T value, String name) {
        if (value == null) {
            throw new InvalidValue(name, name + " is required");
        }
        return value;
    }

    private static long range(long value, long max, String name) {
        if (value < 0 || value > max) {
            throw new InvalidValue(name, name + " must be between 0 and " + max);
        }
        return value;
    }
}
