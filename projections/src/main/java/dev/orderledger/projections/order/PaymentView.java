package dev.orderledger.projections.order;

import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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
import java.util.Map;
import java.util.Objects;

/**
 * One pay order as the orders it pays show it: status, method, amounts, what it charges each
 * order, the gateway's transaction, when it reached each status, and the money it gave back.
 */
@Entity
@Table(name = "order_payment_view")
public class PaymentView extends SequencedView {

    @Id
    @Column(name = "pay_order_id")
    private String payOrderId;
    @Column(name = "buyer_id", nullable = false)
    private String buyerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private PaymentMethod method;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PaymentStatus status;
    @Column(name = "pay_amount", nullable = false)
    private BigDecimal payAmount;
    @Column(name = "cash_amount", nullable = false)
    private BigDecimal cashAmount;
    @Column(name = "coin_amount", nullable = false)
    private BigDecimal coinAmount;
    @Column(name = "voucher_amount", nullable = false)
    private BigDecimal voucherAmount;
    @Column(name = "currency", nullable = false)
    private String currency;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_payment_charge", joinColumns = @JoinColumn(name = "pay_order_id"))
    @OrderColumn(name = "charge_index")
    private List<PaymentCharge> charges = new ArrayList<>();
    @Column(name = "gateway_transaction_id")
    private String gatewayTransactionId;
    @Column(name = "status_reason")
    private String statusReason;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "times", nullable = false)
    private Map<PaymentStatus, Instant> times;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    @Column(name = "returns", nullable = false)
    private List<PaymentDetail.Return> returns = List.of();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentView() {
        // for JPA
    }

    PaymentView(PayOrderCreatedEvent created, long sequence) {
        this.payOrderId = created.payOrderId().value();
        this.buyerId = created.buyerId().value();
        this.method = created.method();
        this.payAmount = created.payAmount().amount();
        this.cashAmount = created.cashAmount().amount();
        this.coinAmount = created.coinAmount().amount();
        this.voucherAmount = created.voucherAmount().amount();
        this.currency = created.payAmount().currency().getCurrencyCode();
        created.charges().forEach(charge -> charges.add(new PaymentCharge(charge)));
        this.times = Map.of();
        this.createdAt = created.at();
        reached(PaymentStatus.P1_PENDING, null, created.at());
        applied(sequence, created.at());
    }

    /** The pay order moved to this status, for this reason (null when there is nothing to explain). */
    void reached(PaymentStatus newStatus, String reason, Instant at) {
        this.status = newStatus;
        this.statusReason = reason;
        this.times = JsonTimes.with(times, newStatus, at);
    }

    /** The gateway's transaction for this pay order; null keeps the one known. */
    void gatewayTransaction(String transactionId) {
        if (transactionId != null) {
            this.gatewayTransactionId = transactionId;
        }
    }

    void returnRequested(String returnId, OrderId orderId, Funding funding, String reason, Instant at) {
        List<PaymentDetail.Return> more = new ArrayList<>(returns);
        more.add(new PaymentDetail.Return(ReturnId.of(returnId), orderId, funding, reason, PaymentDetail.ReturnStatus.REQUESTED,
                null, null, JsonTimes.of(at), JsonTimes.of(at)));
        this.returns = more;
    }

    void returnSettled(String returnId, PaymentDetail.ReturnStatus outcome, String gatewayReference, String failureReason,
                       Instant at) {
        this.returns = returns.stream().map(payBack -> !payBack.returnId().value().equals(returnId) ? payBack
                : new PaymentDetail.Return(ReturnId.of(returnId), payBack.orderId(), payBack.funding(), payBack.reason(), outcome,
                        gatewayReference, failureReason, payBack.requestedAt(), JsonTimes.of(at))).toList();
    }

    /** The orders a return concerns: its own order, or every order of the pay order for cash taken after cancellation. */
    List<String> ordersOfReturn(String returnId) {
        return returns.stream().filter(payBack -> payBack.returnId().value().equals(returnId) && payBack.orderId() != null)
                .map(payBack -> payBack.orderId().value()).findFirst()
                .map(List::of).orElseGet(this::orderIds);
    }

    String payOrderId() {
        return payOrderId;
    }

    List<String> orderIds() {
        return charges.stream().map(PaymentCharge::orderId).toList();
    }

    /** The pay order as this order shows it: its charge, and only the returns of its money. */
    public PaymentDetail toDetail(String orderId) {
        Currency money = Currency.getInstance(currency);
        return new PaymentDetail(PayOrderId.of(payOrderId), status, method, new Money(payAmount, money), new Money(cashAmount, money),
                new Money(coinAmount, money), new Money(voucherAmount, money),
                charges.stream().filter(charge -> charge.orderId().equals(orderId)).findFirst()
                        .map(charge -> charge.toCharge(money)).orElse(null),
                gatewayTransactionId, statusReason, createdAt, updatedAt(), times,
                returns.stream().filter(payBack -> payBack.orderId() == null
                        || Objects.equals(payBack.orderId().value(), orderId)).toList());
    }
}
