package dev.orderledger.command.risk;

import dev.orderledger.api.risk.FindReviewRulesQuery;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.risk.ReviewRulesChangedEvent;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The review rules in force, as every placement's screening asks for them: one index read of the head of
 * their stream, and the last change read again only when the head moved (on any node). Reading the stream
 * takes no lock, so screenings never wait for each other or for an admin changing the rules.
 */
@Component
public class ReviewRuleBook {

    private final EventStore events;
    private volatile Known known = new Known(-1, ReviewRules.NONE);

    ReviewRuleBook(EventStore events) {
        this.events = events;
    }

    /** The rules in force, as admins read them (the API and the console). */
    @QueryHandler
    ReviewRules find(FindReviewRulesQuery query) {
        return current();
    }

    public ReviewRules current() {
        Optional<Long> head = events.lastSequenceNumberFor(ReviewRules.ID);
        if (head.isEmpty()) {
            return ReviewRules.NONE;
        }
        Known seen = known;
        if (seen.sequence() == head.get()) {
            return seen.rules();
        }
        DomainEventStream changes = events.readEvents(ReviewRules.ID, head.get());
        ReviewRules rules = seen.rules();
        long sequence = seen.sequence();
        while (changes.hasNext()) {
            var change = changes.next();
            if (change.getPayload() instanceof ReviewRulesChangedEvent changed) {
                rules = changed.rules();
                sequence = change.getSequenceNumber();
            }
        }
        known = new Known(sequence, rules);
        return rules;
    }

    private record Known(long sequence, ReviewRules rules) {
    }
}
