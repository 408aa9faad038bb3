package dev.orderledger.notification.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * How one attempt went: the receiver's status code (a 2xx is a success), or the error that kept it
 * from answering (refused, timed out, an address not allowed), when and how long it took.
 */
record Attempt(Instant at, Integer statusCode, String error, Duration took) {

    static Attempt answered(Instant at, int statusCode, Duration took) {
        return new Attempt(at, statusCode, null, took);
    }

    static Attempt failed(Instant at, String error, Duration took) {
        return new Attempt(at, null, error, took);
    }

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** What went wrong, for the log: the error, or the status code the receiver answered. */
    String problem() {
        return error != null ? error : "status " + statusCode;
    }
}
