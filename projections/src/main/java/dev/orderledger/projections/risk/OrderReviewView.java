package dev.orderledger.projections.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.risk.OrderReview;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.risk.ReviewStatus;
import dev.orderledger.api.security.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One order of the review queue as admins see it. */
@Entity
@Table(name = "order_review_view")
public class OrderReviewView {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "buyer_id", nullable = false)
    private String buyerId;
    @Column(name = "seller_id", nullable = false)
    private String sellerId;
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;
    @Column(name = "currency", nullable = false)
    private String currency;
    /** The rules that fired, comma separated. */
    @Column(name = "fired", nullable = false)
    private String fired;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReviewStatus status;
    @Column(name = "under_review_at", nullable = false)
    private Instant underReviewAt;
    @Column(name = "decide_by", nullable = false)
    private Instant decideBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "default_decision", nullable = false)
    private ReviewDecision defaultDecision;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "note")
    private String note;
    @Column(name = "by_default", nullable = false)
    private boolean byDefault;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** The order stream's sequence number of the last event applied: replays and redeliveries stop here. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected OrderReviewView() {
        // for JPA
    }

    OrderReviewView(OrderUnderReviewEvent event, long sequence) {
        this.orderId = event.orderId().value();
        this.buyerId = event.buyerId().value();
        this.sellerId = event.sellerId().value();
        this.totalAmount = event.totalAmount().amount();
        this.currency = event.totalAmount().currency().getCurrencyCode();
        this.fired = event.fired().stream().map(Enum::name).collect(Collectors.joining(","));
        this.status = ReviewStatus.PENDING;
        this.underReviewAt = event.at();
        this.decideBy = event.decideBy();
        this.defaultDecision = event.defaultDecision();
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void decided(ReviewDecision decision, String by, String note, boolean byDefault, Instant at, long sequence) {
        this.status = decision == ReviewDecision.APPROVE ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
        this.decidedBy = by;
        this.note = note;
        this.byDefault = byDefault;
        this.decidedAt = at;
        this.lastSequence = sequence;
    }

    public OrderReview toReview() {
        List<ReviewRule> rules = fired.isEmpty() ? List.of() : Arrays.stream(fired.split(",")).map(ReviewRule::valueOf).toList();
        return new OrderReview(OrderId.of(orderId), UserId.of(buyerId), UserId.of(sellerId), Money.of(totalAmount, currency),
                rules, status, underReviewAt, decideBy, defaultDecision, decidedBy == null ? null : UserId.of(decidedBy), note,
                byDefault, decidedAt);
    }
}
