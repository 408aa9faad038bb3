package dev.orderledger.api.common;

import java.util.regex.Pattern;

/** The one check every typed id makes of its value. */
public final class Identifiers {

    /** Letters, digits, dash and underscore, up to 64: ids chosen by sellers or generated. */
    public static final String NAME_REGEX = "[A-Za-z0-9_-]{1,64}";
    public static final Pattern NAME = Pattern.compile(NAME_REGEX);
    /**
     * Ids a client chooses for a new record (a product, a coupon template, a pay order, a refund): a {@link #NAME_REGEX name} with at least one letter, dash or
     * underscore. Digits alone are the ledger's own ids (orders; users, whose points are kept under
     * their user id), which no one may take first. Existing records stay addressable by any name.
     */
    public static final String CHOSEN_NAME_REGEX = "(?=.*[A-Za-z_-])" + NAME_REGEX;
    /**
     * Ids an admin chooses for the catalogue (a category, a brand, an attribute): a
     * {@link #CHOSEN_NAME_REGEX chosen name}, or the seeds' numbering ({@code "categoryId": 1003001}),
     * at most 7 digits, below the user ids (8 digits and more, from 10000001) and the orders' 19.
     */
    public static final String CATALOGUE_ID_REGEX = CHOSEN_NAME_REGEX + "|\\d{1,7}";
    /**
     * Transfer ids an admin chooses: as {@link #CHOSEN_NAME_REGEX}, '.' allowed, up to 128. Ids with ':'
     * belong to the processes' transfers ({@code pay:<payOrderId>}), the accounts and the interventions.
     */
    public static final String CHOSEN_TRANSFER_ID_REGEX = "(?=.*[A-Za-z_.-])[A-Za-z0-9_.-]{1,128}";
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
