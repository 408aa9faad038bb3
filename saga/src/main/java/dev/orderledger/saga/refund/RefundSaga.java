package dev.orderledger.saga.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.CompleteRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.RecordRefundMarketingRollbackCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import dev.orderledger.api.refund.RecordRestockCommand;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundClosedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundMarketingRollbackFailedEvent;
import dev.orderledger.api.refund.RefundMarketingRolledBackEvent;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundPaidEvent;
import dev.orderledger.api.refund.RefundPaymentFailedEvent;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.refund.RefundRestockedEvent;
import dev.orderledger.api.refund.RefundStatus;
import dev.orderledger.api.refund.ReturnFailedEvent;
import dev.orderledger.api.refund.ReturnReceivedEvent;
import dev.orderledger.api.security.Actor;
import dev.orderledger.saga.Interventions;
import dev.orderledger.saga.Journal;
import dev.orderledger.saga.Outcome;
import dev.orderledger.saga.ProcessSettings;
import dev.orderledger.saga.Recheck;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.saga.gateway.GatewayResults;
import dev.orderledger.saga.gateway.PartnerUnavailable;
import dev.orderledger.saga.gateway.PaymentDeclined;
import dev.orderledger.saga.gateway.PaymentGateway;
import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.saga.gateway.RefundRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
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
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static dev.orderledger.api.account.JournalEntryKind.CHARGEBACK;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_CASH;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_COINS;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_OUT;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_VOUCHER;

/**
 * One return or refund, from request to done (DOMAIN.md "return and refund").
 *
 * <ol>
 *   <li>Decision: the seller approves or rejects; a rejection goes to arbitration (manual queue,
 *       reason {@code REFUND_REJECTED}). Refunds the platform opens (admin, failed fulfillment) are approved at once.</li>
 *   <li>Goods back, when a return is required: the buyer ships them, the seller receives them; a
 *       return that never arrives is R7 (manual queue).</li>
 *   <li>Marketing rollback (R13): money already settled comes back from the seller; the coins and
 *       voucher part goes back to its sources; when the refund empties the order, its coupon and points
 *       are given back. A refusal is R14 (manual queue, retryable).</li>
 *   <li>Payment refund (R10): the cash part goes from clearing to the buyer's wallet and out through
 *       the gateway (reference {@code refund:<refundId>}); its answer comes by signed callback or by
 *       {@link #RECHECK}. A failure is R11 (manual queue, retryable).</li>
 *   <li>Restock: units that came back, or never left, go back on the shelf. Then the refund is
 *       complete, and an order refunded in full is closed.</li>
 * </ol>
 * Every journal entry is named after the refund, so a repeated step records nothing new.
 */
@Saga
public class RefundSaga {

    public static final String RECHECK = "refund-recheck";
    private static final Logger log = LoggerFactory.getLogger(RefundSaga.class);

    private RefundId refundId;
    private OrderId orderId;
    private UserId buyerId;
    private UserId sellerId;
    private List<RefundLine> lines;
    private Funding funding;
    /** The order's cash came from the buyer's wallet: its refund stays there, the gateway is not asked. */
    private boolean cashFromWallet;
    private boolean returnRequired;
    private boolean afterSettlement;
    private MarketingRequest marketing;
    private RefundStatus status;
    private InterventionId interventionId;
    private final Recheck recheck = new Recheck(RECHECK);
    /** How many times the gateway was asked to pay it back; a retry after R11 is a new gateway refund. */
    private int attempts;

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
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundOpenedEvent opened) {
        refundId = opened.refundId();
        orderId = opened.orderId();
        buyerId = opened.buyerId();
        sellerId = opened.sellerId();
        lines = opened.lines();
        funding = opened.funding();
        cashFromWallet = opened.cashFromWallet();
        returnRequired = opened.returnRequired();
        afterSettlement = opened.afterSettlement();
        marketing = opened.marketingToRestore();
        status = RefundStatus.REQUESTED;
        if (opened.kind() != RefundKind.BUYER) {
            approveForThePlatform(opened.at());
        }
    }

    /**
     * The platform's refunds are approved at once, unless the seller decided first (a race with the
     * refund's opening): their decision stands, and its event moves the process on (a rejection goes
     * to arbitration). Any other refusal fails the step.
     */
    private void approveForThePlatform(Instant at) {
        Outcome<Object> decided = Outcome.of(commands, new DecideRefundCommand(refundId, Actor.system(), true,
                "opened by the platform", at));
        if (!decided.succeeded() && !(decided.refusal() instanceof StateConflict)) {
            throw decided.refusal();
        }
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRejectedEvent rejected) {
        status = RefundStatus.REJECTED;
        park("REFUND_REJECTED", "the seller rejected refund " + refundId + " of order " + orderId + " (" + rejected.reason()
                + "); it needs arbitration", rejected.at());
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundApprovedEvent approved) {
        status = RefundStatus.APPROVED;
        unpark("approved", approved.at());
        if (!returnRequired) {
            rollBackMarketing(approved.at());
        }
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnFailedEvent failed) {
        status = RefundStatus.R7_RETURN_FAILED;
        park("R7_RETURN_FAILED", "the goods of refund " + refundId + " did not come back: " + failed.reason(), failed.at());
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(ReturnReceivedEvent received) {
        status = RefundStatus.RETURN_RECEIVED;
        unpark("the goods came back", received.at());
        rollBackMarketing(received.at());
    }

    /**
     * Takes back money settled with the seller, then returns the coins and voucher part and the
     * coupon and points; each step is idempotent, so the whole can be retried after R14.
     */
    private void rollBackMarketing(Instant at) {
        Outcome<?> step = Journal.transfer(commands, CHARGEBACK.of(refundId), AccountId.seller(sellerId), clearing(),
                afterSettlement ? funding.total() : Money.zero(funding.total().currency()), orderId.toString(),
                "refund " + refundId + " taken back from the seller", at);
        if (step.succeeded()) {
            step = Journal.transfer(commands, REFUND_COINS.of(refundId), clearing(), AccountId.buyerCoins(buyerId),
                    funding.coins(), orderId.toString(), "coins back for refund " + refundId, at);
        }
        if (step.succeeded()) {
            step = Journal.transfer(commands, REFUND_VOUCHER.of(refundId), clearing(),
                    AccountId.platform(AccountKind.PLATFORM_MARKETING, orderId.toString()), funding.voucher(),
                    orderId.toString(), "voucher back for refund " + refundId, at);
        }
        if (step.succeeded() && marketing.couponId() != null) {
            step = Outcome.of(commands, new RollBackCouponRedemptionCommand(marketing.couponId(), orderId, at));
        }
        if (step.succeeded() && marketing.points() > 0) {
            step = Outcome.of(commands, new RollBackPointsCommand(buyerId, orderId, at));
        }
        commands.sendAndWait(new RecordRefundMarketingRollbackCommand(refundId, step.succeeded(),
                step.succeeded() ? null : step.detail(), at));
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundMarketingRollbackFailedEvent failed) {
        status = RefundStatus.R14_MARKETING_ROLLBACK_FAILED;
        park("R14_MARKETING_ROLLBACK_FAILED", "marketing of refund " + refundId + " could not be given back: "
                + failed.reason(), failed.at());
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundMarketingRolledBackEvent rolledBack) {
        status = RefundStatus.R13_MARKETING_ROLLED_BACK;
        unpark("marketing given back", rolledBack.at());
        Journal.transfer(commands, REFUND_CASH.of(refundId), clearing(), AccountId.buyerWallet(buyerId), funding.cash(),
                orderId.toString(), "cash back for refund " + refundId, rolledBack.at());
        if (funding.cash().isPositive() && !cashFromWallet) {
            recheck.later(deadlines, settings);
            requestRefund();
        } else {
            commands.sendAndWait(new RecordRefundPaymentCommand(refundId, true, cashFromWallet ? "wallet" : "no-cash", null,
                    rolledBack.at()));
        }
    }

    /** Asks the gateway to pay the refund; a refusal is an answer (R11, the manual queue), silence is not. */
    private void requestRefund() {
        String id = gatewayRefundId();
        RefundId refund = refundId;
        CommandGateway sender = commands;
        Clock now = clock;
        gateway.requestRefund(new RefundRequest(id, new RefundReference.OrderRefund(refundId.value()).value(), funding.cash()))
                .whenComplete((accepted, error) -> {
                    Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                    if (cause instanceof PaymentDeclined declined) {
                        sender.send(new RecordRefundPaymentCommand(refund, false, id, declined.getMessage(), now.instant()));
                    } else if (error != null) {
                        log.warn("No answer from the gateway for refund {} ({}); it will be asked again", id, String.valueOf(cause));
                    }
                });
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundPaymentFailedEvent failed) {
        status = RefundStatus.R11_REFUND_FAILED;
        recheck.stop(deadlines);
        park("R11_REFUND_FAILED", "the gateway could not pay refund " + refundId + " back: " + failed.reason(), failed.at());
    }

    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundPaidEvent paid) {
        status = RefundStatus.R10_REFUNDED;
        recheck.stop(deadlines);
        unpark("the gateway paid it", paid.at());
        if (!cashFromWallet) {
            Journal.transfer(commands, REFUND_OUT.of(refundId), AccountId.buyerWallet(buyerId),
                    AccountId.platform(AccountKind.PLATFORM_GATEWAY, orderId.toString()), funding.cash(), orderId.toString(),
                    "cash out through the gateway for refund " + refundId, paid.at());
        }
        Outcome<Object> restocked = Outcome.of(commands, new RecordRestockCommand(refundId, paid.at()));
        if (restocked.succeeded()) {
            return;
        }
        commands.sendAndWait(new CompleteRefundCommand(refundId, paid.at()));
    }

    /** The restock was recorded first (so a repeat is refused), then the units go back; both are idempotent. */
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundRestockedEvent restocked) {
        for (RefundLine line : lines) {
            commands.sendAndWait(new RestockCommand(line.sku(), orderId, line.quantity(), "refund-" + refundId + "-" + line.lineNo()));
        }
        commands.sendAndWait(new CompleteRefundCommand(refundId, restocked.at()));
    }

    /** Completing the refund recorded it on the order, which closed if nothing of it is left. */
    @EndSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundCompletedEvent completed) {
        // nothing left to do
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "refundId")
    void on(RefundClosedEvent closed) {
        unpark("closed by arbitration", closed.at());
    }

    /** An admin asks to try the failed step again: marketing after R14, the gateway after R11. */
    @SagaEventHandler(associationProperty = "interventionId")
    void on(InterventionRetryRequestedEvent retry) {
        if (status == RefundStatus.R14_MARKETING_ROLLBACK_FAILED) {
            rollBackMarketing(retry.at());
        } else if (status == RefundStatus.R11_REFUND_FAILED) {
            attempts++;
            recheck.later(deadlines, settings);
            requestRefund();
        }
    }

    @DeadlineHandler(deadlineName = RECHECK)
    void onRecheckDue() {
        recheck.fired();
        try {
            Optional<GatewayRefund> known = gateway.findRefund(gatewayRefundId());
            if (known.isPresent()) {
                results.apply(known.get());
                if (known.get().status().isFinal()) {
                    return;
                }
            } else {
                requestRefund();
            }
        } catch (PartnerUnavailable unavailable) {
            log.warn("The gateway did not answer about refund {}: {}", refundId, unavailable.getMessage());
        }
        recheck.later(deadlines, settings);
    }

    /** Puts the refund in the manual intervention queue, where an admin retries or settles it. */
    private void park(String reason, String detail, Instant at) {
        interventionId = Interventions.raise(commands, InterventionProcess.REFUND, refundId.value(), reason, detail, at);
        SagaLifecycle.associateWith("interventionId", interventionId.value());
    }

    /** The refund got past the step it was stuck on: its queue entry is resolved. */
    private void unpark(String note, Instant at) {
        if (interventionId != null) {
            Interventions.resolve(commands, interventionId, note, at);
            interventionId = null;
        }
    }

    /** The gateway's id for the current attempt: the refund id, then {@code <refundId>-retry-<n>}. */
    private String gatewayRefundId() {
        return attempts == 0 ? refundId.value() : refundId + "-retry-" + attempts;
    }

    private AccountId clearing() {
        return AccountId.platform(AccountKind.PLATFORM_CLEARING, orderId.toString());
    }
}
