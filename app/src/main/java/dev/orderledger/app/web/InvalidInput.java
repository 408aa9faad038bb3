package dev.orderledger.app.web;

import java.util.List;
import java.util.Map;

/** Fields that failed a check that annotations cannot express (answered 400 with those fields named). */
public class InvalidInput extends RuntimeException {

    private final List<Map<String, String>> errors;

    public InvalidInput(String field, String message) {
        this(List.of(Problems.error(field, message)));
    }

    /** @param errors {@link Problems#error} entries, at least one */
    public InvalidInput(List<Map<String, String>> errors) {
        super(errors.get(0).get("message"));
        this.errors = List.copyOf(errors);
    }

    public String field() {
        return errors.get(0).get("field");
    }

    public List<Map<String, String>> errors() {
        return errors;
    }
}
