package dev.orderledger.projections.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.FulfillmentStatus;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.Presale;
import dev.orderledger.api.order.ShippingAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** One order as readers see it. */
@Entity
@Table(name = "order_view")
public class OrderView {

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
    @Column(name = "lines", nullable = false)
    private List<OrderLine> lines;
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
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
    @Column(name = "presale")
    private Presale presale;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** The aggregate sequence number of the last event applied: replays and redeliveries stop here. */
    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected OrderView() {
        // for JPA
    }

    OrderView(OrderId orderId, String buyerId, String sellerId, OrderType type, List<OrderLine> lines,
              Money totalAmount, ShippingAddress shippingAddress, Instant placedAt, Instant paymentDeadline,
              Presale presale, long sequence) {
        this.presale = presale;
        this.orderId = orderId.value();
        this.buyerId = buyerId;
        this.sellerId = sellerId;
        this.type = type;
        this.status = OrderStatus.CREATED;
        this.lines = List.copyOf(lines);
        this.totalAmount = totalAmount.amount();
        this.currency = totalAmount.currency().getCurrencyCode();
        this.shippingAddress = shippingAddress;
        this.placedAt = placedAt;
        this.paymentDeadline = paymentDeadline;
        this.updatedAt = placedAt;
        this.lastSequence = sequence;
    }

    boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    void cancel(CancellationReason reason, Instant at, long sequence) {
        this.status = OrderStatus.CANCELLED;
        this.cancellationReason = reason;
        touched(at, sequence);
    }

    void awaitPayment(List<Money> lineDiscounts, Money discount, long sequence) {
        List<OrderLine> discounted = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            discounted.add(lines.get(i).withDiscount(lineDiscounts.get(i)));
        }
        this.lines = discounted;
        this.discountAmount = discount.amount();
        this.status = OrderStatus.PENDING_PAYMENT;
        this.lastSequence = sequence;
    }

    void paid(String payOrderId, Instant at, long sequence) {
        this.payOrderId = payOrderId;
        this.status = OrderStatus.PAID;
        touched(at, sequence);
    }

    void fulfillment(FulfillmentStatus fulfillmentStatus, Instant at, long sequence) {
        this.fulfillmentStatus = fulfillmentStatus;
        if (status == OrderStatus.PAID) {
            this.status = OrderStatus.FULFILLING;
        }
        touched(at, sequence);
    }

    void shipping(String carrier, String trackingNumber, long version, Instant at, long sequence) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shippingVersion = version;
        touched(at, sequence);
    }

    void status(OrderStatus status, Instant at, long sequence) {
        this.status = status;
        touched(at, sequence);
    }

    private void touched(Instant at, long sequence) {
        this.updatedAt = at;
        this.lastSequence = sequence;
    }

    public String buyerId() {
        return buyerId;
    }

    public OrderDetail toDetail() {
        Currency money = Currency.getInstance(currency);
        Money total = new Money(totalAmount, money);
        Money discount = new Money(discountAmount, money);
        return new OrderDetail(OrderId.of(orderId), buyerId, sellerId, type, status, fulfillmentStatus, lines, total,
                discount, total.minus(discount), payOrderId, shippingAddress,
                carrier == null ? null : new OrderDetail.Shipping(carrier, trackingNumber, shippingVersion), presale,
                placedAt, paymentDeadline, cancellationReason, updatedAt);
    }
}
