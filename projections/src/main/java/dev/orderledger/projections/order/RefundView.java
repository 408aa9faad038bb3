package dev.orderledger.projections.order;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.refund.RefundDetail;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** One refund as its order shows it: lines, amount, status, reasons, the goods' way back, and when it reached each status. */
@Entity
@Table(name = "order_refund_view")
public class RefundView extends SequencedView {

    @Id
    @Column(name = "refund_id")
    private String refundId;
    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private RefundKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RefundStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "lines", nullable = false)
    private List<RefundLine> lines;
    @Column(name = "amount", nullable = false)
    private BigDecimal amount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "funding", nullable = false)
    private Funding funding;
    @Column(name = "return_required", nullable = false)
    private boolean returnRequired;
    @Column(name = "reason")
    private String reason;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "return_carrier")
    private String returnCarrier;
    @Column(name = "return_tracking_number")
    private String returnTrackingNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "times", nullable = false)
    private Map<RefundStatus, Instant> times;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected RefundView() {
        // for JPA
    }

    RefundView(RefundOpenedEvent opened, long sequence) {
        this.refundId = opened.refundId().value();
        this.orderId = opened.orderId().value();
        this.kind = opened.kind();
        this.lines = List.copyOf(opened.lines());
        this.amount = opened.amount().amount();
        this.currency = opened.amount().currency().getCurrencyCode();
        this.funding = opened.funding();
        this.returnRequired = opened.returnRequired();
        this.reason = opened.reason();
        this.requestedAt = opened.at();
        this.times = Map.of();
        reached(RefundStatus.REQUESTED, null, opened.at());
        applied(sequence, opened.at());
    }

    /** The refund moved to this status, for this reason (null when there is nothing to explain). */
    void reached(RefundStatus newStatus, String why, Instant at) {
        this.status = newStatus;
        this.statusReason = why;
        this.times = JsonTimes.with(times, newStatus, at);
    }

    void returnShipped(String carrier, String trackingNumber) {
        this.returnCarrier = carrier;
        this.returnTrackingNumber = trackingNumber;
    }

    String refundId() {
        return refundId;
    }

    String orderId() {
        return orderId;
    }

    public RefundDetail toDetail() {
        return new RefundDetail(RefundId.of(refundId), kind, status, lines, new Money(amount, Currency.getInstance(currency)), funding,
                returnRequired, reason, statusReason, returnCarrier, returnTrackingNumber, requestedAt, updatedAt(), times);
    }
}
