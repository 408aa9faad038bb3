package dev.orderledger.command.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponTemplateId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.marketing.CouponGrantedEvent;
import dev.orderledger.api.marketing.CouponIssuedEvent;
import dev.orderledger.api.marketing.CouponTemplateCreatedEvent;
import dev.orderledger.api.marketing.CreateCouponTemplateCommand;
import dev.orderledger.api.marketing.DiscountRule;
import dev.orderledger.api.security.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A kind of coupon: its rule, window, total quantity and per-buyer limit, and how many were issued. */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class CouponTemplate {

    static final String PLATFORM = "platform";

    @AggregateIdentifier
    private CouponTemplateId templateId;
    private String issuer;
    private DiscountRule rule;
    private Instant validFrom;
    private Instant validUntil;
    private int perUserLimit;
    private long totalQuantity;
    private long issued;
    private final Map<UserId, Integer> issuedPerUser = new HashMap<>();

    CouponTemplate() {
        // for Axon
    }

    @CommandHandler
    CouponTemplate(CreateCouponTemplateCommand command) {
        String problem = command.rule() == null ? "a coupon needs a rule" : command.rule().problem();
        if (problem != null) {
            throw new BusinessRuleViolation("INVALID_COUPON_RULE", problem);
        }
        if (command.validFrom() == null || command.validUntil() == null || !command.validFrom().isBefore(command.validUntil())) {
            throw new BusinessRuleViolation("INVALID_VALIDITY", "a coupon is valid from a moment until a later one");
        }
        if (command.perUserLimit() < 1 || command.totalQuantity() < 1) {
            throw new BusinessRuleViolation("INVALID_QUANTITY", "a coupon exists at least once, and a buyer may hold at least one");
        }
        String issuedBy = command.actor().has(Role.ADMIN) ? PLATFORM : command.actor().userId().value();
        apply(new CouponTemplateCreatedEvent(command.templateId(), issuedBy, command.name(), command.rule(),
                command.validFrom(), command.validUntil(), command.perUserLimit(), command.totalQuantity()));
    }

    /** Issues one coupon to the buyer, or says why not; the caller creates the coupon itself. */
    CouponGrantedEvent issue(CouponId couponId, UserId userId, Instant at) {
        if (at.isBefore(validFrom) || !at.isBefore(validUntil)) {
            throw new BusinessRuleViolation("COUPON_NOT_AVAILABLE", "coupon " + templateId + " is not on offer now");
        }
        if (issued >= totalQuantity) {
            throw new BusinessRuleViolation("COUPONS_EXHAUSTED", "all " + totalQuantity + " coupons " + templateId + " are gone");
        }
        if (issuedPerUser.getOrDefault(userId, 0) >= perUserLimit) {
            throw new BusinessRuleViolation("COUPON_LIMIT_REACHED", "a buyer holds at most " + perUserLimit + " of " + templateId);
        }
        apply(new CouponIssuedEvent(templateId, couponId, userId, issued + 1, at));
        return new CouponGrantedEvent(couponId, templateId, issuer, userId, rule, validFrom, validUntil);
    }

    @EventSourcingHandler
    void on(CouponTemplateCreatedEvent event) {
        templateId = event.templateId();
        issuer = event.issuer();
        rule = event.rule();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        perUserLimit = event.perUserLimit();
        totalQuantity = event.totalQuantity();
    }

    @EventSourcingHandler
    void on(CouponIssuedEvent event) {
        issued = event.issuedCount();
        issuedPerUser.merge(event.userId(), 1, Integer::sum);
    }
}
