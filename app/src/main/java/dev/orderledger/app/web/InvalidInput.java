package dev.orderledger.app.web;

/** A field failed a check that annotations cannot express (answered 400 with that field named). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
