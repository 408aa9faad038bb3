package dev.orderledger.saga.payment;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.orderledger.api.account.TransferResult;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.MarkOrderPaidCommand;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.CancelPayOrderCommand;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.InitialisePaymentCommand;
import dev.orderledger.api.payment.MarketingDeductedEvent;
import dev.orderledger.api.payment.MarketingDeductionFailedEvent;
import dev.orderledger.api.payment.MarketingDeductionStartedEvent;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.PayOrderCancelledEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PayOrderTimedOutEvent;
import dev.orderledger.api.payment.PaymentAmountMismatchedEvent;
import dev.orderledger.api.payment.PaymentFailedEvent;
import dev.orderledger.api.payment.PaymentInitFailedEvent;
import dev.orderledger.api.payment.PaymentInitialisedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentProcessingEvent;
import dev.orderledger.api.payment.PaymentReturnFailedEvent;
import dev.orderledger.api.payment.PaymentReturnRequestedEvent;
import dev.orderledger.api.payment.PaymentReturnedEvent;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.payment.PaymentSucceededAfterCancellationEvent;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.api.payment.RecordMarketingDeductionCommand;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.ReturnPaymentCommand;
import dev.orderledger.api.payment.StartMarketingDeductionCommand;
import dev.orderledger.api.payment.TimeOutPayOrderCommand;
import dev.orderledger.saga.Interventions;
import dev.orderledger.saga.Outcome;
import dev.orderledger.saga.ProcessSettings;
import dev.orderledger.saga.Recheck;
import dev.orderledger.saga.gateway.GatewayResults;
import dev.orderledger.saga.gateway.PartnerUnavailable;
import dev.orderledger.saga.gateway.PaymentGateway;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static dev.orderledger.saga.payment.PayOrderSteps.recordUnlessFinished;

/**
 * Payment of one pay order (seed 003 "支付"), with the states of DOMAIN.md.
 *
 * <ol>
 *   <li>P2: deduct marketing: the buyer's coins and the platform's voucher move into clearing.
 *       <i>Compensation</i> (P3, a later failure, cancellation or timeout): they move back.</li>
 *   <li>P5: initialise with the gateway (request id = pay order id; the gateway takes it once). A
 *       refusal is P6; no answer leaves P5. Paying from the ledger wallet, or nothing in cash, needs no gateway.</li>
 *   <li>P7: the gateway is working; its signed callback gives the result.</li>
 *   <li>P8: the cash enters through the gateway into the buyer's wallet and moves on into clearing
 *       (buyer → platform); every order is marked paid with its share of cash, coins and voucher. An
 *       order that refuses (cancelled meanwhile, paid twice) gets its share returned.</li>
 *   <li>P9 or P6: marketing is given back; the orders stay unpaid until their own deadline.</li>
 *   <li>An order of the pay order cancelled before it was paid (buyer, timeout): the pay order is
 *       cancelled (P10) or timed out (P11) and marketing is given back. A success reported afterwards is
 *       returned to the buyer through the gateway, automatically.</li>
 * </ol>
 * Lost replies: while in P2, P5 or P7, and while a return is unconfirmed, a persistent deadline
 * ({@link #RECHECK}) fires every {@link ProcessSettings#recheckInterval()}; the process then asks the
 * other side (replays its idempotent marketing step, queries the gateway) and applies the answer.
 * A gateway success for the wrong amount, and a return the gateway fails to pay, go to the manual
 * intervention queue.
 */
@Saga
public class PaymentSaga {

    /** The deadline at which the process asks the other side what happened. */
    public static final String RECHECK = "payment-recheck";
    private static final Logger log = LoggerFactory.getLogger(PaymentSaga.class);

    private PayOrderId payOrderId;
    private UserId buyerId;
    private PaymentMethod method;
    private List<OrderCharge> charges;
    private Funding funding;
    private PaymentStatus status;
    @JsonUnwrapped
    private final MarketingHold marketing = new MarketingHold();
    @JsonUnwrapped
    private final GatewayWatch watch = new GatewayWatch();
    private final Recheck recheck = new Recheck(RECHECK);
    private InterventionId interventionId;
    @JsonUnwrapped
    private final PaymentReturns returns = new PaymentReturns();

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient PaymentGateway gateway;
    @Autowired
    private transient GatewayResults results;
    @Autowired
    private transient ProcessSettings settings;
    @Autowired
    private transient Clock clock;

    @StartSaga
    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PayOrderCreatedEvent created) {
        payOrderId = created.payOrderId();
        buyerId = created.buyerId();
        method = created.method();
        charges = created.charges();
        funding = new Funding(created.cashAmount(), created.coinAmount(), created.voucherAmount());
        status = PaymentStatus.P1_PENDING;
        charges.forEach(charge -> SagaLifecycle.associateWith("orderId", charge.orderId().toString()));
        if (funding.coins().isPositive() || funding.voucher().isPositive()) {
            commands.sendAndWait(new StartMarketingDeductionCommand(payOrderId, created.at()));
        } else {
            commands.sendAndWait(new InitialisePaymentCommand(payOrderId, payOrderId.value(), created.at()));
        }
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(MarketingDeductionStartedEvent started) {
        status = PaymentStatus.P2_MARKETING_INIT;
        recheck.later(deadlines, settings);
        deductMarketing(started.at());
    }

    /** Takes coins and voucher (again, after a lost answer: the transfers are idempotent) and records the outcome. */
    private void deductMarketing(Instant at) {
        Outcome<TransferResult> taken = marketing.take(journal(), funding, at);
        recordUnlessFinished(commands, new RecordMarketingDeductionCommand(payOrderId, taken.succeeded(),
                taken.succeeded() ? null : taken.detail(), at));
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(MarketingDeductedEvent deducted) {
        status = PaymentStatus.P4_MARKETING_SUCCESS;
        recordUnlessFinished(commands, new InitialisePaymentCommand(payOrderId, payOrderId.value(), deducted.at()));
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(MarketingDeductionFailedEvent failed) {
        status = PaymentStatus.P3_MARKETING_FAILED;
        giveBackMarketing(failed.at());
        finish();
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentInitialisedEvent initialised) {
        status = PaymentStatus.P5_PAYMENT_INITIALIZED;
        Instant at = initialised.at();
        if (!funding.cash().isPositive()) {
            recordUnlessFinished(commands, new ApplyGatewayResultCommand(payOrderId, "no-cash-" + payOrderId, true, funding.cash(), null, at));
        } else if (method == PaymentMethod.LEDGER_WALLET) {
            payFromWallet(at);
        } else {
            watch.asked();
            recheck.later(deadlines, settings);
            gateway().requestPayment(funding.cash());
        }
    }

    /**
     * The cash moves from the wallet into clearing, then the pay order records it. A cancellation
     * or timeout that overtook this step finds nothing to give back but the marketing, so the cash
     * goes back to the wallet here.
     */
    private void payFromWallet(Instant at) {
        Outcome<TransferResult> paid = journal().payFromWallet(funding.cash(), at);
        if (!paid.succeeded()) {
            recordUnlessFinished(commands, new RecordPaymentInitFailureCommand(payOrderId, paid.detail(), at));
        } else if (!recordUnlessFinished(commands, new ApplyGatewayResultCommand(payOrderId, "wallet-" + payOrderId, true, funding.cash(), null, at))) {
            journal().walletBack(funding.cash(), at);
        }
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentProcessingEvent processing) {
        if (status == PaymentStatus.P5_PAYMENT_INITIALIZED) {
            status = PaymentStatus.P7_PROCESSING;
        }
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentInitFailedEvent failed) {
        status = PaymentStatus.P6_PAYMENT_INIT_FAILED;
        giveBackMarketing(failed.at());
        finish();
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentFailedEvent failed) {
        status = PaymentStatus.P9_FAILED;
        giveBackMarketing(failed.at());
        finish();
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentSucceededEvent succeeded) {
        status = PaymentStatus.P8_SUCCESS;
        Instant at = succeeded.at();
        if (method != PaymentMethod.LEDGER_WALLET) {
            journal().cashIn(funding.cash(), at);
            journal().pay(funding.cash(), at);
        }
        for (OrderCharge charge : charges) {
            Outcome<Object> paid = Outcome.of(commands, new MarkOrderPaidCommand(charge.orderId(), payOrderId, charge.amount(),
                    charge.funding(), at, method == PaymentMethod.LEDGER_WALLET));
            if (!paid.succeeded()) {
                ReturnId returnId = ReturnId.ofOrder(charge.orderId());
                returns.add(returnId, charge.funding());
                commands.sendAndWait(new ReturnPaymentCommand(payOrderId, returnId, charge.orderId(),
                        paid.reason() + ": " + paid.detail(), at));
            }
        }
        finish();
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelledEvent cancelled) {
        stopPaying(cancelled.reason(), cancelled.cancelledAt());
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejectedEvent rejected) {
        stopPaying(rejected.reason(), rejected.at());
    }

    private void stopPaying(CancellationReason reason, Instant at) {
        if (status.isFinal()) {
            return;
        }
        Outcome.of(commands, reason == CancellationReason.PAYMENT_TIMEOUT
                ? new TimeOutPayOrderCommand(payOrderId, at)
                : new CancelPayOrderCommand(payOrderId, "order cancelled: " + reason, at));
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PayOrderCancelledEvent event) {
        status = PaymentStatus.P10_CANCELLED;
        afterCancellation(event.at());
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PayOrderTimedOutEvent event) {
        status = PaymentStatus.P11_TIMEOUT;
        afterCancellation(event.at());
    }

    /** Marketing goes back now; if the gateway was asked, the process keeps asking it until it knows no money came. */
    private void afterCancellation(Instant at) {
        watch.cancelled();
        giveBackMarketing(at);
        finish();
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentSucceededAfterCancellationEvent late) {
        watch.paidAfterCancellation();
        journal().cashIn(funding.cash(), late.at());
        Money none = Money.zero(late.cashAmount().currency());
        returns.add(ReturnId.LATE, new Funding(late.cashAmount(), none, none));
        commands.sendAndWait(new ReturnPaymentCommand(payOrderId, ReturnId.LATE, null, "paid after the pay order was cancelled",
                late.at()));
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentAmountMismatchedEvent mismatch) {
        interventionId = Interventions.raise(commands, InterventionProcess.PAYMENT, payOrderId.value(), "AMOUNT_MISMATCH",
                "the gateway took " + mismatch.reported() + " for pay order " + payOrderId + ", which asked for "
                        + mismatch.expected() + " (transaction " + mismatch.gatewayTransactionId() + ")",
                mismatch.at());
    }

    /**
     * Money going back: coins and voucher return to where they came from at once; cash goes from
     * clearing to the buyer's wallet and out through the gateway (or stays in the wallet it came from).
     */
    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentReturnRequestedEvent requested) {
        ReturnId returnId = requested.returnId();
        journal().returned(returnId, requested.orderId(), requested.funding(), requested.at());
        returns.add(returnId, requested.funding());
        if (returns.throughGateway(returnId, method)) {
            recheck.later(deadlines, settings);
        }
        returns.payBack(returnId, method, requested.at(), gateway());
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentReturnedEvent returned) {
        Funding back = returns.settle(returned.returnId());
        if (back != null && method != PaymentMethod.LEDGER_WALLET) {
            journal().cashOut(returned.returnId(), back.cash(), returned.at());
        }
        if (interventionId != null && returns.isEmpty()) {
            Interventions.resolve(commands, interventionId, "the gateway paid the money back", returned.at());
            interventionId = null;
        }
        finish();
    }

    @SagaEventHandler(associationProperty = "payOrderId")
    void on(PaymentReturnFailedEvent failed) {
        interventionId = Interventions.raise(commands, InterventionProcess.PAYMENT, payOrderId.value(), "RETURN_FAILED",
                "the gateway could not pay back return " + failed.returnId() + " of pay order " + payOrderId + ": "
                        + failed.reason(), failed.at());
        SagaLifecycle.associateWith("interventionId", interventionId.value());
    }

    /** An admin asks to try the failed returns again. */
    @SagaEventHandler(associationProperty = "interventionId")
    void on(InterventionRetryRequestedEvent retry) {
        returns.retry(method, retry.at(), gateway());
        recheck.later(deadlines, settings);
    }

    /** No answer came: ask the other side, apply what it says, and ask again later while still unsure. */
    @DeadlineHandler(deadlineName = RECHECK)
    void onRecheckDue() {
        recheck.fired();
        Instant at = clock.instant();
        try {
            if (status == PaymentStatus.P2_MARKETING_INIT) {
                deductMarketing(at);
            } else if (watch.mustAsk(status)) {
                watch.recheck(gateway(), funding.cash());
            }
            returns.recheck(method, at, gateway());
        } catch (PartnerUnavailable unavailable) {
            log.warn("The gateway did not answer about pay order {}: {}", payOrderId, unavailable.getMessage());
        }
        finish();
    }

    /** Ends the process once nothing is left to wait for; otherwise makes sure it will look again. */
    private void finish() {
        boolean waiting = !returns.isEmpty() || (!status.isFinal()) || watch.waitingAfterCancellation();
        if (waiting) {
            recheck.later(deadlines, settings);
            return;
        }
        recheck.stop(deadlines);
        SagaLifecycle.end();
    }

    private void giveBackMarketing(Instant at) {
        marketing.giveBack(journal(), funding, at);
    }

    private PaymentGatewayCalls gateway() {
        return new PaymentGatewayCalls(payOrderId, gateway, results, commands, clock);
    }

    private PaymentJournal journal() {
        return new PaymentJournal(commands, payOrderId.value(), buyerId);
    }
}
