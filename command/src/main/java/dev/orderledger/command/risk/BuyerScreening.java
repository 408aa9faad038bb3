package dev.orderledger.command.risk;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.OrderScreenedEvent;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.risk.ScreenOrderCommand;
import dev.orderledger.api.risk.ScreenedLine;
import dev.orderledger.api.risk.Screening;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One buyer's orders as review rules count them (stream {@code screening:<userId>}): the orders of the last
 * day, the units of promotional SKUs asked for so far, and whether any order came before. Each new order is
 * screened here, one at a time per buyer, so that a burst of orders counts every one of them. Screening an
 * order again answers what it answered the first time.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class BuyerScreening {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    @AggregateIdentifier
    private String screeningId;
    private long ordersScreened;
    /** The orders of the last day, oldest first, with the rules each fired: a repeated screening answers these. */
    private final Deque<Screened> recent = new ArrayDeque<>();
    /** Units of each promotional SKU asked for so far, by {@link #key}. */
    private final Map<String, Long> promotionalUnits = new HashMap<>();

    BuyerScreening() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Screening handle(ScreenOrderCommand command, ReviewRuleBook ruleBook) {
        ReviewRules rules = ruleBook.current();
        for (Screened screened : recent) {
            if (screened.orderId().equals(command.orderId())) {
                return new Screening(screened.fired(), rules.decideWithin(), rules.defaultDecision());
            }
        }
        List<ScreenedLine> promotional = promotionalLines(command, rules);
        List<ReviewRule> fired = fired(command, rules, promotional);
        apply(new OrderScreenedEvent(command.buyerId(), command.orderId(), command.at(), promotional, fired));
        return new Screening(fired, rules.decideWithin(), rules.defaultDecision());
    }

    /** The rules this order fires, none for a whitelisted buyer. */
    private List<ReviewRule> fired(ScreenOrderCommand command, ReviewRules rules, List<ScreenedLine> promotional) {
        List<ReviewRule> fired = new ArrayList<>();
        if (rules.whitelist().contains(command.buyerId())) {
            return fired;
        }
        if (rules.blacklist().contains(command.buyerId())) {
            fired.add(ReviewRule.BLACKLISTED);
        }
        if (exceeds(ordersWithin(HOUR, command.at()) + 1, rules.maxOrdersPerHour())) {
            fired.add(ReviewRule.ORDERS_PER_HOUR);
        }
        if (exceeds(ordersWithin(DAY, command.at()) + 1, rules.maxOrdersPerDay())) {
            fired.add(ReviewRule.ORDERS_PER_DAY);
        }
        if (promotional.stream().anyMatch(line -> exceeds(promotionalUnits.getOrDefault(key(line.sku()), 0L) + line.units(),
                rules.maxPromotionalUnits()))) {
            fired.add(ReviewRule.PROMOTIONAL_UNITS);
        }
        if (ordersScreened == 0 && rules.firstOrderAbove() != null
                && rules.firstOrderAbove().currency().equals(command.amount().currency())
                && command.amount().compareTo(rules.firstOrderAbove()) > 0) {
            fired.add(ReviewRule.FIRST_ORDER_AMOUNT);
        }
        return fired;
    }

    private static List<ScreenedLine> promotionalLines(ScreenOrderCommand command, ReviewRules rules) {
        Map<SkuRef, Integer> units = new LinkedHashMap<>();
        command.lines().stream().filter(line -> rules.promotionalSkus().contains(line.sku()))
                .forEach(line -> units.merge(line.sku(), line.units(), Integer::sum));
        return units.entrySet().stream().map(entry -> new ScreenedLine(entry.getKey(), entry.getValue())).toList();
    }

    private long ordersWithin(Duration window, Instant now) {
        Instant since = now.minus(window);
        return recent.stream().filter(screened -> screened.at().isAfter(since)).count();
    }

    private static String key(SkuRef sku) {
        return sku.productId().value() + "/" + sku.skuId().value();
    }

    private static boolean exceeds(long count, Integer limit) {
        return limit != null && count > limit;
    }

    @EventSourcingHandler
    void on(OrderScreenedEvent event) {
        screeningId = ScreenOrderCommand.streamOf(event.buyerId());
        ordersScreened++;
        Instant since = event.at().minus(DAY);
        while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(since)) {
            recent.removeFirst();
        }
        recent.addLast(new Screened(event.orderId(), event.at(), event.fired()));
        event.promotionalUnits().forEach(line -> promotionalUnits.merge(key(line.sku()), (long) line.units(), Long::sum));
    }

    /** One screened order of the last day. */
    record Screened(OrderId orderId, Instant at, List<ReviewRule> fired) {
    }
}
