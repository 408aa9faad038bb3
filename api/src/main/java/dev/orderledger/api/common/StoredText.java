package dev.orderledger.api.common;

/**
 * Text as the stores can keep it. PostgreSQL refuses NUL in {@code text} and in {@code jsonb} (the
 * escape {@code \u0000} too); Elasticsearch refuses NUL and U+001D to U+001F in a completion field;
 * half a surrogate pair cannot be encoded at all. Every C0 control character except tab, line feed
 * and carriage return, and every unpaired surrogate, becomes U+FFFD, the replacement character:
 * the text keeps its length and shows where something was lost. The API refuses such text at the
 * door; this is for what reaches a store anyway (history recorded before the door was closed, an
 * exception's message). Text that is clean already is returned as it is.
 */
public final class StoredText {

    public static final char REPLACEMENT = '\uFFFD';
    private static final String REPLACEMENT_ESCAPE = "\\ufffd";

    private StoredText() {
    }

    /** The text with every character no store keeps replaced; null stays null. */
    public static String clean(String text) {
        int first = text == null ? -1 : firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (pairAt(text, i)) {
                cleaned.append(text, i, i + 2);
                i++;
            } else {
                char c = text.charAt(i);
                cleaned.append(storable(c) ? c : REPLACEMENT);
            }
        }
        return cleaned.toString();
    }

    /** The text cleaned and cut to at most {@code maxLength} characters, never between the halves of a pair. */
    public static String fit(String text, int maxLength) {
        String cleaned = clean(text);
        if (cleaned == null || cleaned.length() <= maxLength) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return cleaned.substring(0, end);
    }

    /**
     * A JSON document (as a JSON library writes it) with every string cleaned as {@link #clean} would:
     * an escape of a character no store keeps ({@code \u0000}, {@code \b}, an unpaired {@code \ud800})
     * becomes {@code \ufffd}, and so does such a character written as it is.
     */
    public static String cleanJson(String json) {
        if (json == null || json.indexOf('\\') < 0 && firstUnstorable(json) < 0) {
            return json;
        }
        StringBuilder cleaned = new StringBuilder(json.length());
        int i = 0;
        while (i < json.length()) {
            int length = tokenLength(json, i);
            if (storableToken(json, i, length)) {
                cleaned.append(json, i, i + length);
            } else {
                cleaned.append(json.charAt(i) == '\\' ? REPLACEMENT_ESCAPE : String.valueOf(REPLACEMENT));
            }
            i += length;
        }
        return cleaned.toString();
    }

    /** How many characters the character, pair or escape at {@code i} takes. */
    private static int tokenLength(String json, int i) {
        if (json.charAt(i) != '\\' || i + 1 >= json.length()) {
            return pairAt(json, i) ? 2 : 1;
        }
        if (json.charAt(i + 1) != 'u' || i + 6 > json.length()) {
            return 2;
        }
        return Character.isHighSurrogate(escaped(json, i)) && i + 12 <= json.length()
                && json.startsWith("\\u", i + 6) && Character.isLowSurrogate(escaped(json, i + 6)) ? 12 : 6;
    }

    private static boolean storableToken(String json, int i, int length) {
        char c = json.charAt(i);
        if (length == 12 || length == 2 && c != '\\') {
            return true;
        }
        if (c != '\\') {
            return storable(c);
        }
        if (length == 2) {
            char escape = json.charAt(i + 1);
            return escape != 'b' && escape != 'f';
        }
        return storable(escaped(json, i));
    }

    private static char escaped(String json, int backslash) {
        return (char) Integer.parseInt(json, backslash + 2, backslash + 6, 16);
    }

    private static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (pairAt(text, i)) {
                i++;
            } else if (!storable(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean pairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean storable(char c) {
        return c >= ' ' ? !Character.isSurrogate(c) : c == '\t' || c == '\n' || c == '\r';
    }
}
