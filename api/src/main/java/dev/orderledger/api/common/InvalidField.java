package dev.orderledger.api.common;

/**
 * A value out of its range, found by a check that annotations cannot express (a page beyond the
 * results one may page through, an amount in another currency than the order's). Answered 400 with
 * the field named as the client sent it: a JSON path ({@code coinAmount}), a query parameter or a
 * path variable.
 */
public class InvalidField extends InvalidValue {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
