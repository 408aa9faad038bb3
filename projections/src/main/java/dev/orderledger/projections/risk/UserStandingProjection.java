package dev.orderledger.projections.risk;

import dev.orderledger.api.risk.UserBlockedEvent;
import dev.orderledger.api.risk.UserUnblockedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps who is blocked now ({@link UserStandingView}) from the users' blocks and unblocks. */
@Component
@ProcessingGroup(UserStandingProjection.PROCESSING_GROUP)
public class UserStandingProjection {

    public static final String PROCESSING_GROUP = "standing-views";

    private final UserStandingViewRepository standings;

    UserStandingProjection(UserStandingViewRepository standings) {
        this.standings = standings;
    }

    @EventHandler
    void on(UserBlockedEvent event, @SequenceNumber long sequence) {
        standings.save(standingOf(event.userId().value()).changed(true, event.by(), event.reason(), event.at(), sequence));
    }

    @EventHandler
    void on(UserUnblockedEvent event, @SequenceNumber long sequence) {
        standings.save(standingOf(event.userId().value()).changed(false, event.by(), event.reason(), event.at(), sequence));
    }

    private UserStandingView standingOf(String userId) {
        return standings.findById(userId).orElseGet(() -> new UserStandingView(userId));
    }

    /** A rebuild starts from nobody blocked. */
    @ResetHandler
    void reset() {
        standings.deleteAllInBatch();
    }
}
