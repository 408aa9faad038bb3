package dev.orderledger.api.common;

/**
 * The rule for every text a request carries (JSON strings, query parameters, path variables,
 * headers): no NUL, no other C0 control character and no DEL, tab excepted; line feed and carriage
 * return only where the field is marked {@link MultiLine}; and no
 * unpaired UTF-16 surrogate. Such characters break the stores behind the ledger (PostgreSQL refuses
 * NUL in text, Elasticsearch refuses it in a document) or mean nothing in a one-line field.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Why this text is refused, or null when it is acceptable. */
    public static String refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (!multiLine) {
                    return "must be a single line (no line feed or carriage return)";
                }
            } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return "must not contain the control character U+%04X".formatted((int) c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired UTF-16 surrogate (U+%04X)".formatted((int) c);
            }
        }
        return null;
    }
}
