package dev.orderledger.api.common;

/**
 * A value object refused what it was given (an id in the wrong format, an amount with more decimals
 * than its currency has, an unknown currency). Coming from a request, it is answered with 400, naming
 * the {@link #field()} when the thrower knows it (else the property being read, or the request).
 */
public class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String message) {
        this(null, message);
    }

    /** @param field the field at fault as the client named it (a JSON property, a parameter, a header) */
    public InvalidValue(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault as the client named it, or null when the thrower does not know it. */
    public String field() {
        return field;
    }
}
