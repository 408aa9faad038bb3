package dev.orderledger.simulator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.function.Function;

/**
 * A simulator's {@link Reply} over HTTP: 201 when taken now, 200 when taken before, 402 with a
 * {@code reason} when declined, 504 with no body when the reply is lost.
 */
public final class Replies {

    /** The body of a refusal. */
    public record Refusal(String reason) {
    }

    private Replies() {
    }

    public static <T> ResponseEntity<Object> http(Reply<T> reply, Function<T, ?> body) {
        if (reply instanceof Reply.Taken<T> taken) {
            return ResponseEntity.status(taken.first() ? HttpStatus.CREATED : HttpStatus.OK).body(body.apply(taken.value()));
        }
        if (reply instanceof Reply.Declined<T> declined) {
            return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(new Refusal(declined.reason()));
        }
        return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).build();
    }
}
