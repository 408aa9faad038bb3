package dev.orderledger.command.risk;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.risk.FindStandingQuery;
import dev.orderledger.api.risk.Standing;
import dev.orderledger.api.security.UserId;
import dev.orderledger.command.reading.AggregateReads;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;

/** Users' standing, as the writes that a block refuses ask for it (placement, checkout, payment) and as admins read it. */
@Component
public class Standings {

    private final Repository<UserStanding> standings;
    private final EventStore events;

    Standings(@Qualifier("userStandingRepository") Repository<UserStanding> standings, EventStore events) {
        this.standings = standings;
        this.events = events;
    }

    /**
     * Refuses a blocked user (422 {@code USER_BLOCKED}). Almost every user was never blocked: one look
     * at the head of their standing's stream (an index read) says so, before any aggregate is loaded.
     */
    public void requireNotBlocked(UserId user) {
        if (events.lastSequenceNumberFor(Standing.streamOf(user)).isPresent() && find(new FindStandingQuery(user)).blocked()) {
            throw new BusinessRuleViolation("USER_BLOCKED", "user " + user + " is blocked");
        }
    }

    @QueryHandler
    Standing find(FindStandingQuery query) {
        try {
            return AggregateReads.answer(query, () -> {
                try {
                    return standings.load(Standing.streamOf(query.userId())).invoke(UserStanding::standing);
                } catch (AggregateNotFoundException neverBlocked) {
                    return new Standing(query.userId(), false, List.of());
                }
            });
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
