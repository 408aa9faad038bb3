package dev.orderledger.api.common;

/**
 * A value object refused what it was given (an id in the wrong format, an amount with more decimals
 * than its currency has, an unknown currency). Coming from a request, it is answered with 400.
 */
public class InvalidValue extends IllegalArgumentException {

    public InvalidValue(String message) {
        super(message);
    }
}
