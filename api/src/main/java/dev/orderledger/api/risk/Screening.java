package dev.orderledger.api.risk;

import java.time.Duration;
import java.util.List;

/**
 * Whether an order goes under review: the rules that fired (none: it is confirmed), and how it is decided
 * when nobody does in time.
 */
public record Screening(List<ReviewRule> fired, Duration decideWithin, ReviewDecision defaultDecision) {

    public Screening {
        fired = List.copyOf(fired);
    }

    /** The screening refused the order: a person looks, and when nobody does, it goes on. */
    public static Screening failed() {
        return new Screening(List.of(ReviewRule.SCREENING_FAILED), ReviewRules.DEFAULT_DECIDE_WITHIN, ReviewDecision.APPROVE);
    }

    public boolean review() {
        return !fired.isEmpty();
    }
}
