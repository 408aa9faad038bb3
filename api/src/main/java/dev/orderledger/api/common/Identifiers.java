package dev.orderledger.api.common;

import java.util.regex.Pattern;

/** The one check every typed id makes of its value. */
public final class Identifiers {

    /** Letters, digits, dash and underscore, up to 64: ids chosen by sellers or generated. */
    public static final String NAME_REGEX = "[A-Za-z0-9_-]{1,64}";
    public static final Pattern NAME = Pattern.compile(NAME_REGEX);
    /** The 19 digits of an order id. */
    public static final String ORDER_ID_REGEX = "\\d{19}";
    /** Transfer ids: names that may also hold ':' and '.' ({@code payment:<payOrderId>}). */
    public static final String TRANSFER_ID_REGEX = "[A-Za-z0-9_:.-]{1,128}";
    /** Intervention ids: {@code process:reference} ({@code refund:r-42}), the same characters as transfer ids. */
    public static final String INTERVENTION_ID_REGEX = TRANSFER_ID_REGEX;

    private Identifiers() {
    }

    public static String require(String value, Pattern format, String type) {
        if (value == null || !format.matcher(value).matches()) {
            throw new InvalidValue("not a valid " + type + ": " + value);
        }
        return value;
    }
}
