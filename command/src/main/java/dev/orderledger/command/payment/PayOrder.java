package dev.orderledger.command.payment;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentReturnFailedEvent;
import dev.orderledger.api.payment.PaymentReturnedEvent;
import dev.orderledger.api.payment.PaymentReturnRequestedEvent;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.ReturnPaymentCommand;
import dev.orderledger.api.payment.CancelPayOrderCommand;
import dev.orderledger.api.payment.CreatePayOrderCommand;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.InitialisePaymentCommand;
import dev.orderledger.api.payment.MarketingDeductedEvent;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.MarketingDeductionFailedEvent;
import dev.orderledger.api.payment.MarketingDeductionStartedEvent;
import dev.orderledger.api.payment.PayOrderCancelledEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PayOrderTimedOutEvent;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentFailedEvent;
import dev.orderledger.api.payment.PaymentInitFailedEvent;
import dev.orderledger.api.payment.PaymentInitialisedEvent;
import dev.orderledger.api.payment.PaymentProcessingEvent;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.api.payment.RecordMarketingDeductionCommand;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.StartMarketingDeductionCommand;
import dev.orderledger.api.payment.TimeOutPayOrderCommand;
import dev.orderledger.command.order.OrderBook;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One payment of one buyer for one or more orders: P1 pending → P2 marketing init → P4 (or P3) →
 * P5 payment initialised (or P6) → P7 processing → P8 success (or P9); P10 cancelled and P11
 * timeout while unfinished. Marketing is skipped when nothing is paid in coins or voucher. A
 * gateway transaction's result is applied once; a success after cancellation is recorded for refund,
 * and a success for the wrong amount is recorded for a person to reconcile.
 */
@Aggregate(cache = "aggregateCache")
class PayOrder {

    @AggregateIdentifier
    private PayOrderId payOrderId;
    private List<OrderId> orderIds;
    private PaymentStatus status;
    private Money cashAmount;
    private Money coinAmount;
    private Money voucherAmount;
    private boolean usesMarketing;
    private UserId buyerId;
    private PaymentMethod method;
    private List<OrderCharge> charges;
    private Money lateCash;
    private final Set<String> appliedTransactions = new HashSet<>();
    /** Returns by id: true once the money reached the buyer. */
    private final Map<ReturnId, Boolean> returns = new HashMap<>();

    PayOrder() {
        // for Axon
    }

    /**
     * Creates the pay order; the same creation sent again (a retry after a lost answer) changes
     * nothing and succeeds. Another creation with a taken id is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreatePayOrderCommand command, OrderBook orders) {
        if (payOrderId != null) {
            if (!isCreatedBy(command)) {
                throw new IdUnavailable();
            }
            return;
        }
        PaymentTerms terms = PaymentTerms.of(command, orders);
        Funding funding = terms.funding();
        apply(new PayOrderCreatedEvent(command.payOrderId(), command.buyerId(), command.orderIds(), terms.charges(),
                command.method(), terms.amount(), funding.cash(), funding.coins(), funding.voucher(), command.at()));
    }

    private boolean isCreatedBy(CreatePayOrderCommand command) {
        return payOrderId != null && buyerId.equals(command.buyerId()) && orderIds.equals(command.orderIds())
                && method == command.method() && coinAmount.equals(orZero(command.coinAmount()))
                && voucherAmount.equals(orZero(command.voucherAmount()));
    }

    private Money orZero(Money amount) {
        return amount == null ? Money.zero(coinAmount.currency()) : amount;
    }

    @CommandHandler
    void handle(StartMarketingDeductionCommand command) {
        if (status == PaymentStatus.P2_MARKETING_INIT) {
            return;
        }
        requireStatus(PaymentStatus.P1_PENDING);
        apply(new MarketingDeductionStartedEvent(payOrderId, command.at()));
    }

    @CommandHandler
    void handle(RecordMarketingDeductionCommand command) {
        if ((command.succeeded() && status == PaymentStatus.P4_MARKETING_SUCCESS)
                || (!command.succeeded() && status == PaymentStatus.P3_MARKETING_FAILED)) {
            return;
        }
        requireStatus(PaymentStatus.P2_MARKETING_INIT);
        apply(command.succeeded() ? new MarketingDeductedEvent(payOrderId, command.at())
                : new MarketingDeductionFailedEvent(payOrderId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(InitialisePaymentCommand command) {
        if (status == PaymentStatus.P5_PAYMENT_INITIALIZED) {
            return;
        }
        if (usesMarketing) {
            requireStatus(PaymentStatus.P4_MARKETING_SUCCESS);
        } else {
            requireStatus(PaymentStatus.P1_PENDING, PaymentStatus.P4_MARKETING_SUCCESS);
        }
        apply(new PaymentInitialisedEvent(payOrderId, command.gatewayRequestId(), cashAmount, command.at()));
    }

    @CommandHandler
    void handle(RecordPaymentInitFailureCommand command) {
        if (status == PaymentStatus.P6_PAYMENT_INIT_FAILED) {
            return;
        }
        requireStatus(PaymentStatus.P5_PAYMENT_INITIALIZED);
        apply(new PaymentInitFailedEvent(payOrderId, command.reason(), command.at()));
    }

    /** A processing notice that arrives after the pay order finished (callbacks reordered) changes nothing. */
    @CommandHandler
    void handle(RecordPaymentProcessingCommand command) {
        if (status == PaymentStatus.P7_PROCESSING || status.isFinal() || appliedTransactions.contains(command.gatewayTransactionId())) {
            return;
        }
        requireStatus(PaymentStatus.P5_PAYMENT_INITIALIZED);
        apply(new PaymentProcessingEvent(payOrderId, command.gatewayTransactionId(), command.at()));
    }

    @CommandHandler
    PaymentStatus handle(ApplyGatewayResultCommand command) {
        if (appliedTransactions.contains(command.gatewayTransactionId())) {
            return status;
        }
        if (command.succeeded() && command.amount() == null) {
            throw new BusinessRuleViolation("AMOUNT_MISSING", "a successful gateway result says how much was taken");
        }
        if (command.succeeded() && !cashAmount.equals(command.amount())) {
            apply(new PaymentAmountMismatchedEvent(payOrderId, command.gatewayTransactionId(), cashAmount,
                    command.amount(), command.at()));
            return status;
        }
        if (status == PaymentStatus.P10_CANCELLED || status == PaymentStatus.P11_TIMEOUT) {
            if (command.succeeded()) {
                apply(new PaymentSucceededAfterCancellationEvent(payOrderId, command.gatewayTransactionId(), cashAmount,
                        command.at()));
            }
            return status;
        }
        requireStatus(PaymentStatus.P5_PAYMENT_INITIALIZED, PaymentStatus.P7_PROCESSING);
        apply(command.succeeded()
                ? new PaymentSucceededEvent(payOrderId, command.gatewayTransactionId(), cashAmount, orderIds, command.at())
                : new PaymentFailedEvent(payOrderId, command.gatewayTransactionId(), command.reason(), command.at()));
        return status;
    }

    @CommandHandler
    void handle(CancelPayOrderCommand command) {
        if (status == PaymentStatus.P10_CANCELLED) {
            return;
        }
        requireUnfinished();
        apply(new PayOrderCancelledEvent(payOrderId, command.reason(), command.at()));
    }

    @CommandHandler
    void handle(TimeOutPayOrderCommand command) {
        if (status == PaymentStatus.P11_TIMEOUT) {
            return;
        }
        requireUnfinished();
        apply(new PayOrderTimedOutEvent(payOrderId, command.at()));
    }

    /**
     * Gives back money no order keeps: an order's charge that the order refused, or the cash of a
     * success that came after cancellation (marketing was already rolled back then).
     */
    @CommandHandler
    void handle(ReturnPaymentCommand command) {
        if (returns.containsKey(command.returnId())) {
            return;
        }
        Funding funding;
        if (command.orderId() == null) {
            if (lateCash == null) {
                throw new StateConflict(status.name(), "pay order " + payOrderId + " took no money after it was cancelled");
            }
            funding = new Funding(lateCash, Money.zero(lateCash.currency()), Money.zero(lateCash.currency()));
        } else {
            requireStatus(PaymentStatus.P8_SUCCESS);
            funding = charges.stream().filter(charge -> charge.orderId().equals(command.orderId())).findFirst()
                    .orElseThrow(() -> new ResourceNotFound("pay order " + payOrderId + " does not pay order " + command.orderId()))
                    .funding();
        }
        apply(new PaymentReturnRequestedEvent(payOrderId, command.returnId(), buyerId, command.orderId(), funding, method,
                command.reason(), command.at()));
    }

    @CommandHandler
    void handle(RecordPaymentReturnCommand command) {
        Boolean returned = returns.get(command.returnId());
        if (returned == null) {
            throw new ResourceNotFound("pay order " + payOrderId + " has no return " + command.returnId());
        }
        if (returned) {
            return;
        }
        apply(command.succeeded()
                ? new PaymentReturnedEvent(payOrderId, command.returnId(), command.gatewayReference(), command.at())
                : new PaymentReturnFailedEvent(payOrderId, command.returnId(), command.reason(), command.at()));
    }

    @EventSourcingHandler
    void on(PaymentReturnRequestedEvent event) {
        returns.put(event.returnId(), false);
    }

    @EventSourcingHandler
    void on(PaymentReturnedEvent event) {
        returns.put(event.returnId(), true);
    }

    @EventSourcingHandler
    void on(PayOrderCreatedEvent event) {
        payOrderId = event.payOrderId();
        buyerId = event.buyerId();
        method = event.method();
        charges = event.charges();
        orderIds = event.orderIds();
        cashAmount = event.cashAmount();
        coinAmount = event.coinAmount();
        voucherAmount = event.voucherAmount();
        usesMarketing = coinAmount.isPositive() || voucherAmount.isPositive();
        status = PaymentStatus.P1_PENDING;
    }

    @EventSourcingHandler
    void on(MarketingDeductionStartedEvent event) {
        status = PaymentStatus.P2_MARKETING_INIT;
    }

    @EventSourcingHandler
    void on(MarketingDeductedEvent event) {
        status = PaymentStatus.P4_MARKETING_SUCCESS;
    }

    @EventSourcingHandler
    void on(MarketingDeductionFailedEvent event) {
        status = PaymentStatus.P3_MARKETING_FAILED;
    }

    @EventSourcingHandler
    void on(PaymentInitialisedEvent event) {
        status = PaymentStatus.P5_PAYMENT_INITIALIZED;
    }

    @EventSourcingHandler
    void on(PaymentInitFailedEvent event) {
        status = PaymentStatus.P6_PAYMENT_INIT_FAILED;
    }

    @EventSourcingHandler
    void on(PaymentProcessingEvent event) {
        status = PaymentStatus.P7_PROCESSING;
    }

    @EventSourcingHandler
    void on(PaymentSucceededEvent event) {
        status = PaymentStatus.P8_SUCCESS;
        appliedTransactions.add(event.gatewayTransactionId());
    }

    @EventSourcingHandler
    void on(PaymentFailedEvent event) {
        status = PaymentStatus.P9_FAILED;
        appliedTransactions.add(event.gatewayTransactionId());
    }

    @EventSourcingHandler
    void on(PaymentAmountMismatchedEvent event) {
        appliedTransactions.add(event.gatewayTransactionId());
    }

    @EventSourcingHandler
    void on(PaymentSucceededAfterCancellationEvent event) {
        appliedTransactions.add(event.gatewayTransactionId());
        lateCash = event.cashAmount();
    }

    @EventSourcingHandler
    void on(PayOrderCancelledEvent event) {
        status = PaymentStatus.P10_CANCELLED;
    }

    @EventSourcingHandler
    void on(PayOrderTimedOutEvent event) {
        status = PaymentStatus.P11_TIMEOUT;
    }

    private void requireUnfinished() {
        if (status.isFinal()) {
            throw new StateConflict(status.name(), "pay order " + payOrderId + " has finished as " + status);
        }
    }

    private void requireStatus(PaymentStatus... allowed) {
        StateConflict.requireIn(status, "pay order " + payOrderId, allowed);
    }
}
