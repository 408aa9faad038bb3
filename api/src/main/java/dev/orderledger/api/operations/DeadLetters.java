package dev.orderledger.api.operations;

import java.util.List;

/** A projection's dead letters: how many are parked in all, and the first of them. */
public record DeadLetters(String projection, long total, List<DeadLetterView> letters) {

    public DeadLetters {
        letters = List.copyOf(letters);
    }
}
