package dev.orderledger.api.signature;

/**
 * A partner's callback failed its signature check (missing or wrong signature, a timestamp outside
 * the tolerance window): nobody can tell who sent it, so nothing in it is acted on. Answered 401.
 */
public class CallbackRejected extends RuntimeException {

    public CallbackRejected(String message) {
        super(message);
    }
}
