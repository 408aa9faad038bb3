package dev.orderledger.projections.order;

import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.CompletionKind;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.ItemSnapshot;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderRefundStatus;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderSummary;
import dev.orderledger.api.order.OrderTimelineEntry;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.refund.RefundDetail;
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
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

/**
 * One order as readers see it: its lines, amounts, statuses and the time of each step of its life
 * and its fulfillment. Its pay orders, refunds and timeline are rows of their own views; the whole
 * detail a reader gets, all of them included, is kept as one document ({@link OrderDocuments}).
 */
@Entity
@Table(name = "order_view")
public class OrderView extends SequencedView {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "buyer_id", nullable = false)
    private String buyerId;
    @Column(name = "seller_id", nullable = false)
    private String sellerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    private OrderType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrderStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "lines", nullable = false)
    private List<OrderLine> lines;
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "shipping_address")
    private ShippingAddress shippingAddress;
    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;
    @Column(name = "payment_deadline")
    private Instant paymentDeadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "fulfillment_status", nullable = false)
    private FulfillmentStatus fulfillmentStatus = FulfillmentStatus.F0_NOT_STARTED;
    @Column(name = "discount_amount", nullable = false)
    private BigDecimal discountAmount = BigDecimal.ZERO;
    @Column(name = "pay_order_id")
    private String payOrderId;
    @Column(name = "carrier")
    private String carrier;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "shipping_version", nullable = false)
    private long shippingVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "presale")
    private Presale presale;
    @Column(name = "cancellation_detail")
    private String cancellationDetail;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "completion_kind")
    private CompletionKind completionKind;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "fulfillment_reference")
    private String fulfillmentReference;
    @Column(name = "fulfillment_started_at")
    private Instant fulfillmentStartedAt;
    @Column(name = "fulfillment_accepted_at")
    private Instant fulfillmentAcceptedAt;
    @Column(name = "shipped_at")
    private Instant shippedAt;
    @Column(name = "tracking_updated_at")
    private Instant trackingUpdatedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "fulfillment_failed_at")
    private Instant fulfillmentFailedAt;
    @Column(name = "fulfillment_failure_reason")
    private String fulfillmentFailureReason;
    /** The order's detail as a reader gets it (JSON); null for rows written before documents were kept. */
    @Column(name = "detail")
    private String detail;
    /** The {@link DocumentShape} of the order detail type {@link #detail} was written under. */
    @Column(name = "detail_shape")
    private String detailShape;
    /** The global position of the last timeline step in {@link #detail}; -1 when it holds none or no position. */
    @Column(name = "detail_position", nullable = false)
    private long detailPosition = -1;
    /** Where the order stands with refunds, as its last document said; for the lists' filter. */
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_status", nullable = false)
    private OrderRefundStatus refundStatus = OrderRefundStatus.NONE;
    /** The kinds of its lines' statuses, each between commas ({@code ,SHIPPED,REFUNDED,}); for the lists' filter. */
    @Column(name = "item_statuses", nullable = false)
    private String itemStatuses = ",NORMAL,";

    protected OrderView() {
        // for JPA
    }

    OrderView(OrderPlacedEvent placed, long sequence) {
        this.orderId = placed.orderId().value();
        this.buyerId = placed.buyerId().value();
        this.sellerId = placed.sellerId().value();
        this.type = placed.type();
        this.status = OrderStatus.CREATED;
        this.lines = List.copyOf(placed.lines());
        this.totalAmount = placed.totalAmount().amount();
        this.currency = placed.totalAmount().currency().getCurrencyCode();
        this.shippingAddress = placed.shippingAddress();
        this.placedAt = placed.placedAt();
        this.paymentDeadline = placed.paymentDeadline();
        this.presale = placed.presale();
        applied(sequence, placed.placedAt());
    }

    /** Cancelled before it was paid: by someone, by a deadline, or because placement failed (with its detail). */
    void cancel(CancellationReason reason, String detail, Instant at) {
        this.status = OrderStatus.CANCELLED;
        this.cancellationReason = reason;
        this.cancellationDetail = detail;
        this.cancelledAt = at;
    }

    /** Review rules stopped the order: it waits for a decision. */
    void underReview() {
        this.status = OrderStatus.UNDER_REVIEW;
    }

    /** Approved after review: the payment window starts again from the decision. */
    void reviewApproved(Instant newPaymentDeadline) {
        this.paymentDeadline = newPaymentDeadline;
    }

    void awaitPayment(List<Money> lineDiscounts, Money discount) {
        List<OrderLine> discounted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            discounted.add(lines.get(i).withDiscount(lineDiscounts.get(i)));
        }
        this.lines = discounted;
        this.discountAmount = discount.amount();
        this.status = OrderStatus.PENDING_PAYMENT;
    }

    void depositPaid() {
        this.status = OrderStatus.DEPOSIT_PAID;
    }

    void paid(String payOrderId, Instant at) {
        this.payOrderId = payOrderId;
        this.status = OrderStatus.PAID;
        this.paidAt = at;
    }

    void fulfillmentStarted(String reference, Instant at) {
        fulfillment(FulfillmentStatus.F1_PENDING);
        this.fulfillmentReference = reference;
        this.fulfillmentStartedAt = at;
    }

    void fulfillmentAccepted(Instant at) {
        fulfillment(FulfillmentStatus.F2_PROCESSING);
        this.fulfillmentAcceptedAt = at;
    }

    void fulfillmentFailed(String reason, Instant at) {
        fulfillment(FulfillmentStatus.F3_FAILED);
        this.fulfillmentFailureReason = reason;
        this.fulfillmentFailedAt = at;
    }

    void delivered(Instant at) {
        fulfillment(FulfillmentStatus.F4_SUCCESS);
        this.deliveredAt = at;
    }

    private void fulfillment(FulfillmentStatus fulfillmentStatus) {
        this.fulfillmentStatus = fulfillmentStatus;
        if (status == OrderStatus.PAID) {
            this.status = OrderStatus.FULFILLING;
        }
    }

    void shipped(String carrier, String trackingNumber, long version, Instant at) {
        shipping(carrier, trackingNumber, version);
        this.shippedAt = at;
    }

    void trackingUpdated(String carrier, String trackingNumber, long version, Instant at) {
        shipping(carrier, trackingNumber, version);
        this.trackingUpdatedAt = at;
    }

    private void shipping(String carrier, String trackingNumber, long version) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippingVersion = version;
    }

    void completed(CompletionKind how, Instant at) {
        this.status = OrderStatus.COMPLETED;
        this.completionKind = how;
        this.completedAt = at;
    }

    void closed(Instant at) {
        this.status = OrderStatus.CLOSED;
        this.closedAt = at;
    }

    public String orderId() {
        return orderId;
    }

    public String buyerId() {
        return buyerId;
    }

    public String sellerId() {
        return sellerId;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** The order's detail document (JSON), null before the projection first wrote one. */
    public String detail() {
        return detail;
    }

    long detailPosition() {
        return detailPosition;
    }

    String detailShape() {
        return detailShape;
    }

    /** The projection wrote the order's detail document, of this shape, whose last timeline step is at this position. */
    void detail(String document, String shape, long position) {
        this.detail = document;
        this.detailShape = shape;
        this.detailPosition = position;
    }

    /** Keeps what the lists filter by of the document just written. */
    void statusesOf(OrderDetail written) {
        this.refundStatus = written.refundStatus();
        this.itemStatuses = "," + String.join(",", written.lines().stream()
                .map(line -> line.itemStatus().kind().name()).distinct().sorted().toList()) + ",";
    }

    public OrderSummary toSummary() {
        Money total = money(totalAmount);
        return new OrderSummary(OrderId.of(orderId), UserId.of(buyerId), UserId.of(sellerId), type, status, fulfillmentStatus,
                refundStatus, total,
                total.minus(money(discountAmount)), lines.size(), lines.isEmpty() ? null : lines.get(0).productName(),
                placedAt, updatedAt());
    }

    /**
     * The order's detail with what other views know of it: the item snapshot each line was sold as
     * (null when unknown), its pay orders (oldest first), its refunds and its timeline.
     */
    OrderDetail toDetail(Function<OrderLine, ItemSnapshot> snapshots, List<PaymentDetail> payments,
                         List<RefundDetail> refunds, List<OrderTimelineEntry> timeline) {
        Money total = money(totalAmount);
        Money discount = money(discountAmount);
        RefundProgress progress = new RefundProgress(refunds);
        List<OrderDetail.Line> soldLines = lines.stream()
                .map(line -> OrderDetail.Line.of(line, snapshots.apply(line), progress.of(line, shippedAt != null)))
                .toList();
        PaymentStatus paymentStatus = payments.isEmpty() ? PaymentStatus.P0_NOT_STARTED
                : payments.get(payments.size() - 1).status();
        Money refunded = refunds.stream().filter(refund -> refund.times().containsKey(RefundStatus.R10_REFUNDED))
                .map(RefundDetail::amount).reduce(Money.zero(total.currency()), Money::plus);
        OrderDetail.Fulfillment fulfillment = new OrderDetail.Fulfillment(fulfillmentStatus, fulfillmentReference, carrier,
                trackingNumber, shippingVersion, fulfillmentStartedAt, fulfillmentAcceptedAt, shippedAt, trackingUpdatedAt,
                deliveredAt, fulfillmentFailedAt, fulfillmentFailureReason);
        return new OrderDetail(OrderId.of(orderId), UserId.of(buyerId), UserId.of(sellerId), type, status, fulfillmentStatus, paymentStatus,
                soldLines, total, discount, total.minus(discount), refunded, progress.of(lines), payOrderId == null ? null : PayOrderId.of(payOrderId), shippingAddress,
                carrier == null ? null : new OrderDetail.Shipping(carrier, trackingNumber, shippingVersion), presale,
                placedAt, paymentDeadline, paidAt, completedAt, completionKind, cancelledAt, cancellationReason,
                cancellationDetail, closedAt, updatedAt(), fulfillment, payments, refunds, timeline);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, Currency.getInstance(currency));
    }
}
