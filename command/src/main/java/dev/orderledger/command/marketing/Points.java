package dev.orderledger.command.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.marketing.EarnPointsCommand;
import dev.orderledger.api.marketing.PointsEarnedEvent;
import dev.orderledger.api.marketing.PointsRolledBackEvent;
import dev.orderledger.api.marketing.PointsSpentEvent;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.order.OrderId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A buyer's points: earned once per reference, spent once per order, given back once per order. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class Points {

    @AggregateIdentifier
    private UserId userId;
    private long balance;
    private final Set<String> earnedReferences = new HashSet<>();
    private final Map<OrderId, Long> spentByOrder = new HashMap<>();
    private final Set<OrderId> rolledBack = new HashSet<>();

    Points() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EarnPointsCommand command) {
        if (earnedReferences.contains(command.reference())) {
            return;
        }
        if (command.points() <= 0) {
            throw new BusinessRuleViolation("POINTS_NOT_POSITIVE", "earning adds at least one point");
        }
        apply(new PointsEarnedEvent(command.userId(), command.points(), command.reference(), balance + command.points(),
                command.at()));
    }

    @CommandHandler
    void handle(SpendPointsCommand command) {
        if (spentByOrder.containsKey(command.orderId())) {
            return;
        }
        if (rolledBack.contains(command.orderId())) {
            throw new BusinessRuleViolation("ORDER_ROLLED_BACK", "points of order " + command.orderId()
                    + " were given back; a late spend for it is refused");
        }
        if (command.points() <= 0) {
            throw new BusinessRuleViolation("POINTS_NOT_POSITIVE", "spending takes at least one point");
        }
        if (command.points() > balance) {
            throw new BusinessRuleViolation("INSUFFICIENT_POINTS", "only " + balance + " points are left");
        }
        apply(new PointsSpentEvent(userId, command.orderId(), command.points(), balance - command.points(), command.at()));
    }

    @CommandHandler
    void handle(RollBackPointsCommand command) {
        Long spent = spentByOrder.get(command.orderId());
        if (spent != null) {
            apply(new PointsRolledBackEvent(userId, command.orderId(), spent, balance + spent, command.at()));
        }
    }

    @EventSourcingHandler
    void on(PointsEarnedEvent event) {
        userId = event.userId();
        balance = event.balance();
        earnedReferences.add(event.reference());
    }

    @EventSourcingHandler
    void on(PointsSpentEvent event) {
        balance = event.balance();
        spentByOrder.put(event.orderId(), event.points());
    }

    @EventSourcingHandler
    void on(PointsRolledBackEvent event) {
        balance = event.balance();
        spentByOrder.remove(event.orderId());
        rolledBack.add(event.orderId());
    }
}
