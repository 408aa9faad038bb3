package dev.orderledger.api.common;

/** The caller may see the resource but their role does not allow this change (answered 403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
