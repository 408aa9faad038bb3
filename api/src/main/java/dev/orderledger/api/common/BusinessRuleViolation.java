package dev.orderledger.api.common;

/**
 * A command was understood but the business refuses it (no stock, product not on shelf, amount too
 * high...). The API answers 422 with the {@link #reason()} code, which clients may switch on.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String reason;

    public BusinessRuleViolation(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
