package dev.orderledger.projections.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
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
              long sequence) {
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
        this.updatedAt = at;
        this.lastSequence = sequence;
    }

    public String buyerId() {
        return buyerId;
    }

    public OrderDetail toDetail() {
        return new OrderDetail(OrderId.of(orderId), buyerId, sellerId, type, status, lines,
                new Money(totalAmount, Currency.getInstance(currency)), shippingAddress, placedAt, paymentDeadline,
                cancellationReason, updatedAt);
    }
}
