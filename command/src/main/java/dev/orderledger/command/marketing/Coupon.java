package dev.orderledger.command.marketing;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.marketing.CouponGrantedEvent;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.api.marketing.CouponShare;
import dev.orderledger.api.marketing.DiscountRule;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.UserId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One buyer's single-use coupon: redeemed by at most one order at a time, usable again by another
 * order after a rollback, and only on goods of the seller who funds it (or any, for a platform coupon).
 * A platform coupon may pay for a whole checkout instead: each of its orders takes a share
 * ({@link CouponShare}), the shares never add up to more than the coupon takes off the checkout, and
 * the coupon is usable again once every share was given back.
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
    /** The checkout whose orders share the coupon, and their shares; none while no checkout holds it. */
    private String checkoutId;
    private final Map<OrderId, Money> shares = new LinkedHashMap<>();

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
        if (shares.containsKey(command.orderId())) {
            return shares.get(command.orderId());
        }
        if (rolledBack.contains(command.orderId())) {
            throw new BusinessRuleViolation("ORDER_ROLLED_BACK", "coupon " + couponId + " was given back by order "
                    + command.orderId() + "; a late redemption for it is refused");
        }
        return command.share() == null ? redeem(command) : redeemShare(command, command.share());
    }

    private Money redeem(RedeemCouponCommand command) {
        if (!isPlatformCoupon() && (command.sellerId() == null || !issuer.equals(command.sellerId().value()))) {
            throw new BusinessRuleViolation("COUPON_NOT_FOR_SELLER", "coupon " + couponId + " is for another seller's goods");
        }
        if (redeemedBy != null || checkoutId != null) {
            throw new BusinessRuleViolation("COUPON_ALREADY_USED", "coupon " + couponId + " was used by another order");
        }
        Money off = discountFor(command.orderAmount(), command.at());
        apply(new CouponRedeemedEvent(couponId, command.orderId(), off, command.at()));
        return off;
    }

    private Money redeemShare(RedeemCouponCommand command, CouponShare share) {
        if (!isPlatformCoupon()) {
            throw new BusinessRuleViolation("COUPON_NOT_FOR_SELLER", "only a platform coupon pays for the orders of several sellers");
        }
        if (redeemedBy != null || (checkoutId != null && !checkoutId.equals(share.checkoutId()))) {
            throw new BusinessRuleViolation("COUPON_ALREADY_USED", "coupon " + couponId + " was used by another order");
        }
        Money off = discountFor(share.checkoutAmount(), command.at());
        Money taken = shares.values().stream().reduce(share.share(), Money::plus);
        if (share.share().isNegative() || taken.compareTo(off) > 0) {
            throw new BusinessRuleViolation("COUPON_SHARE_TOO_LARGE", "coupon " + couponId + " takes " + off
                    + " off checkout " + share.checkoutId() + "; its orders' shares would come to " + taken);
        }
        apply(new CouponRedeemedEvent(couponId, command.orderId(), share.share(), command.at(), share.checkoutId()));
        return share.share();
    }

    /** What the coupon takes off this amount now: the refusals of a redemption, without redeeming. */
    Money quote(UserId buyer, Money amount, Instant at) {
        if (!userId.equals(buyer)) {
            throw new ResourceNotFound("no coupon " + couponId);
        }
        if (redeemedBy != null || checkoutId != null) {
            throw new BusinessRuleViolation("COUPON_ALREADY_USED", "coupon " + couponId + " was used by another order");
        }
        return discountFor(amount, at);
    }

    private Money discountFor(Money amount, Instant at) {
        if (at.isBefore(validFrom) || !at.isBefore(validUntil)) {
            throw new BusinessRuleViolation("COUPON_EXPIRED", "coupon " + couponId + " is not valid now");
        }
        if (!amount.currency().equals(rule.threshold().currency())) {
            throw new BusinessRuleViolation("CURRENCY_MISMATCH", "coupon " + couponId + " is in " + rule.threshold().currency());
        }
        Money off = rule.discountFor(amount);
        if (off == null) {
            throw new BusinessRuleViolation("COUPON_THRESHOLD_NOT_MET", "coupon " + couponId + " needs an order of at least "
                    + rule.threshold());
        }
        return off;
    }

    boolean isPlatformCoupon() {
        return CouponTemplate.PLATFORM.equals(issuer);
    }

    @CommandHandler
    void handle(RollBackCouponRedemptionCommand command) {
        if (command.orderId().equals(redeemedBy) || shares.containsKey(command.orderId())) {
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
        if (event.checkoutId() != null) {
            checkoutId = event.checkoutId();
            shares.put(event.orderId(), event.discount());
        } else {
            redeemedBy = event.orderId();
            discount = event.discount();
        }
    }

    @EventSourcingHandler
    void on(CouponRedemptionRolledBackEvent event) {
        rolledBack.add(event.orderId());
        if (shares.remove(event.orderId()) != null) {
            if (shares.isEmpty()) {
                checkoutId = null;
            }
        } else {
            redeemedBy = null;
            discount = null;
        }
    }
}
