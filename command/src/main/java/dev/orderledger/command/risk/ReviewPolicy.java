package dev.orderledger.command.risk;

import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.risk.ChangeReviewRulesCommand;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.risk.ReviewRulesChangedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The review rules (one stream, {@link ReviewRules#ID}): admins replace them as a whole, and every change
 * is an event saying who and when. Placement reads them through {@link ReviewRuleBook}, never by loading
 * this aggregate, so no order waits on it.
 */
@Aggregate
class ReviewPolicy {

    @AggregateIdentifier
    private String rulesId;

    ReviewPolicy() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeReviewRulesCommand command) {
        if (!command.actor().isAdmin()) {
            throw new NotPermitted("only an admin sets the review rules");
        }
        apply(new ReviewRulesChangedEvent(command.rules(), command.actor().userId(), command.at()));
    }

    @EventSourcingHandler
    void on(ReviewRulesChangedEvent event) {
        rulesId = ReviewRules.ID;
    }
}
