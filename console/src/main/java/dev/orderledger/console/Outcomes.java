package dev.orderledger.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the console's pages share about their addresses: a choice read from a request parameter (a queue's
 * status), the default when the parameter names none; and the outcome of a form, named in the address its
 * redirect goes to, since no session keeps it and any node may show the next page.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** The constant of {@code type} the parameter names exactly, or {@code fallback} when it names none. */
    public static <E extends Enum<E>> E named(Class<E> type, String value, E fallback) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return fallback;
    }

    /**
     * A redirect to {@code path} with these parameters, given as name and value one after the other, each
     * encoded; a null value is left out.
     */
    public static String redirect(String path, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name and value");
        }
        StringBuilder address = new StringBuilder("redirect:").append(path);
        char separator = '?';
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                address.append(separator).append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return address.toString();
    }
}
