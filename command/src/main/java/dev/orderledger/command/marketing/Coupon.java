package dev.orderledger.command.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.marketing.CouponGrantedEvent;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.api.marketing.DiscountRule;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One buyer's single-use coupon: redeemed by at most one order at a time, usable again by another
 * order after a rollback, and only on goods of the seller who funds it (or any, for a platform coupon).
 */
@Aggregate(cache = "aggregateCache")
class Coupon {

    @AggregateIdentifier
    private CouponId couponId;
    private UserId userId;
    private String issuer;
    private final Set<OrderId> rolledBack = new HashSet<>();
    private DiscountRule rule;
    private Instant validFrom;
    private Instant validUntil;
    private OrderId redeemedBy;
    private Money discount;

    Coupon() {
        // for Axon
    }

    Coupon(CouponGrantedEvent granted) {
        apply(granted);
    }

    @CommandHandler
    Money handle(RedeemCouponCommand command) {
        if (!userId.equals(command.userId())) {
            throw new ResourceNotFound("no coupon " + couponId);
        }
        if (command.orderId().equals(redeemedBy)) {
            return discount;
        }
        if (rolledBack.contains(command.orderId())) {
            throw new BusinessRuleViolation("ORDER_ROLLED_BACK", "coupon " + couponId + " was given back by order "
                    + command.orderId() + "; a late redemption for it is refused");
        }
        if (!CouponTemplate.PLATFORM.equals(issuer) && (command.sellerId() == null || !issuer.equals(command.sellerId().value()))) {
            throw new BusinessRuleViolation("COUPON_NOT_FOR_SELLER", "coupon " + couponId + " is for another seller's goods");
        }
        if (redeemedBy != null) {
            throw new BusinessRuleViolation("COUPON_ALREADY_USED", "coupon " + couponId + " was used by another order");
        }
        if (command.at().isBefore(validFrom) || !command.at().isBefore(validUntil)) {
            throw new BusinessRuleViolation("COUPON_EXPIRED", "coupon " + couponId + " is not valid now");
        }
        if (!command.orderAmount().currency().equals(rule.threshold().currency())) {
            throw new BusinessRuleViolation("CURRENCY_MISMATCH", "coupon " + couponId + " is in " + rule.threshold().currency());
        }
        Money off = rule.discountFor(command.orderAmount());
        if (off == null) {
            throw new BusinessRuleViolation("COUPON_THRESHOLD_NOT_MET",
                    "coupon " + couponId + " needs an order of at least " + rule.threshold());
        }
        apply(new CouponRedeemedEvent(couponId, command.orderId(), off, command.at()));
        return off;
    }

    @CommandHandler
    void handle(RollBackCouponRedemptionCommand command) {
        if (command.orderId().equals(redeemedBy)) {
            apply(new CouponRedemptionRolledBackEvent(couponId, command.orderId(), command.at()));
        }
    }

    @EventSourcingHandler
    void on(CouponGrantedEvent event) {
        couponId = event.couponId();
        userId = event.userId();
        issuer = event.issuer();
        rule = event.rule();
        validFrom = event.validFrom();
        validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(CouponRedeemedEvent event) {
        redeemedBy = event.orderId();
        discount = event.discount();
    }

    @EventSourcingHandler
    void on(CouponRedemptionRolledBackEvent event) {
        rolledBack.add(event.orderId());
        redeemedBy = null;
        discount = null;
    }
}
