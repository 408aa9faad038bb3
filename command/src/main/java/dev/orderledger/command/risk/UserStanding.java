package dev.orderledger.command.risk;

import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.risk.BlockUserCommand;
import dev.orderledger.api.risk.Standing;
import dev.orderledger.api.risk.UnblockUserCommand;
import dev.orderledger.api.risk.UserBlockedEvent;
import dev.orderledger.api.risk.UserUnblockedEvent;
import dev.orderledger.api.security.UserId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A user's standing with risk control: blocked or not, and every block and unblock, with who and why. */
@Aggregate(cache = "aggregateCache")
class UserStanding {

    @AggregateIdentifier
    private String standingId;
    private UserId userId;
    private boolean blocked;
    private final List<Standing.Change> history = new ArrayList<>();

    UserStanding() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BlockUserCommand command) {
        requireAdmin(command.actor().isAdmin());
        if (!blocked) {
            apply(new UserBlockedEvent(command.userId(), command.actor().userId(), command.reason(), command.at()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UnblockUserCommand command) {
        requireAdmin(command.actor().isAdmin());
        if (blocked) {
            apply(new UserUnblockedEvent(command.userId(), command.actor().userId(), command.reason(), command.at()));
        }
    }

    boolean blocked() {
        return blocked;
    }

    Standing standing() {
        return new Standing(userId, blocked, history);
    }

    private static void requireAdmin(boolean admin) {
        if (!admin) {
            throw new NotPermitted("only an admin blocks and unblocks users");
        }
    }

    @EventSourcingHandler
    void on(UserBlockedEvent event) {
        standingId = Standing.streamOf(event.userId());
        userId = event.userId();
        blocked = true;
        history.add(new Standing.Change(true, event.by(), event.reason(), event.at()));
    }

    @EventSourcingHandler
    void on(UserUnblockedEvent event) {
        standingId = Standing.streamOf(event.userId());
        userId = event.userId();
        blocked = false;
        history.add(new Standing.Change(false, event.by(), event.reason(), event.at()));
    }
}
