package dev.orderledger.simulator.gateway;

import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.saga.gateway.GatewayStatus;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.saga.gateway.RefundRequest;
import dev.orderledger.simulator.CallbackScript;
import dev.orderledger.simulator.CallbackScript.Beat;
import dev.orderledger.simulator.Knobs;
import dev.orderledger.simulator.Reply;
import dev.orderledger.simulator.RequestBook;
import dev.orderledger.simulator.Scenarios;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment gateway in memory. A payment is taken once per request id (asking again answers the
 * same transaction), reported PROCESSING and then SUCCEEDED or FAILED by signed callbacks; a refund
 * is taken once per refund id and reported SUCCEEDED or FAILED. What happens to each request
 * follows its {@link GatewayScenario}, keyed by request id or refund id. What succeeded is also
 * written into the gateway's books, from which it answers each day's {@link GatewayStatement}.
 */
public final class SimulatedGateway {

    static final String DECLINED = "card declined (simulated)";
    static final String PAYMENT_FAILED = "insufficient funds (simulated)";
    static final String REFUND_FAILED = "refund rejected by the bank (simulated)";

    private final Scenarios<GatewayScenario> scenarios = new Scenarios<>(GatewayScenario.DEFAULT);
    private final RequestBook<GatewayPayment> payments = new RequestBook<>(payment -> payment.status().ordinal());
    private final RequestBook<GatewayRefund> refunds = new RequestBook<>(refund -> refund.status().ordinal());
    private final StatementBook books;
    private final CallbackScript callbacks;

    public SimulatedGateway(CallbackScript callbacks, Clock clock) {
        this.callbacks = callbacks;
        this.books = new StatementBook(clock);
    }

    public Scenarios<GatewayScenario> scenarios() {
        return scenarios;
    }

    public Reply<GatewayPayment> pay(PaymentRequest request) {
        String requestId = Knobs.key(request.requestId(), "requestId");
        Knobs.require(request.amount(), "amount");
        GatewayScenario scenario = scenarios.forKey(requestId);
        if (scenario.outcome() == GatewayScenario.Outcome.DECLINE && payments.find(requestId).isEmpty()) {
            return new Reply.Declined<>(DECLINED);
        }
        GatewayPayment processing = new GatewayPayment(requestId, "sim-tx-" + UUID.randomUUID(),
                GatewayStatus.PROCESSING, null, null);
        boolean first = payments.open(requestId, processing);
        if (first) {
            callbacks.play(paymentBeats(processing, request, scenario), scenario.knobs(), notice -> {
                payments.advance(requestId, notice);
                if (notice.status() == GatewayStatus.SUCCEEDED) {
                    books.completed(notice.transactionId(), GatewayStatement.Type.PAYMENT, requestId, notice.amount());
                }
            });
        }
        return Reply.taken(payments.find(requestId).orElseThrow(), first, scenario.loseReply());
    }

    public Optional<GatewayPayment> payment(String requestId) {
        return payments.find(requestId);
    }

    public Reply<GatewayRefund> refund(RefundRequest request) {
        String refundId = Knobs.key(request.refundId(), "refundId");
        Knobs.require(request.amount(), "amount");
        RefundReference.parse(request.reference());
        GatewayScenario scenario = scenarios.forKey(refundId);
        if (scenario.outcome() == GatewayScenario.Outcome.DECLINE && refunds.find(refundId).isEmpty()) {
            return new Reply.Declined<>(DECLINED);
        }
        GatewayRefund processing = new GatewayRefund(refundId, request.reference(), GatewayStatus.PROCESSING, null);
        boolean first = refunds.open(refundId, processing);
        if (first) {
            GatewayRefund settled = scenario.outcome() == GatewayScenario.Outcome.FAIL
                    ? new GatewayRefund(refundId, request.reference(), GatewayStatus.FAILED, REFUND_FAILED)
                    : new GatewayRefund(refundId, request.reference(), GatewayStatus.SUCCEEDED, null);
            callbacks.play(List.of(new Beat<>(scenario.callbackDelayMillis(), settled)), scenario.knobs(), notice -> {
                refunds.advance(refundId, notice);
                if (notice.status() == GatewayStatus.SUCCEEDED) {
                    books.completed(refundId, GatewayStatement.Type.REFUND, notice.reference(), request.amount());
                }
            });
        }
        return Reply.taken(refunds.find(refundId).orElseThrow(), first, scenario.loseReply());
    }

    public Optional<GatewayRefund> refund(String refundId) {
        return refunds.find(refundId);
    }

    /** Every payment and refund that succeeded on this UTC day, in the order they did. */
    public GatewayStatement statement(LocalDate day) {
        return books.day(day);
    }

    /** The day's statement with the differences a test plants in it. */
    public GatewayStatement statement(LocalDate day, StatementEdits edits) {
        return edits.applyTo(books.day(day), day);
    }

    private static List<Beat<GatewayPayment>> paymentBeats(GatewayPayment processing, PaymentRequest request,
                                                           GatewayScenario scenario) {
        List<Beat<GatewayPayment>> beats = new ArrayList<>();
        if (scenario.processingCallback()) {
            beats.add(new Beat<>(scenario.callbackDelayMillis(), processing));
        }
        GatewayPayment settled = scenario.outcome() == GatewayScenario.Outcome.FAIL
                ? new GatewayPayment(processing.requestId(), processing.transactionId(), GatewayStatus.FAILED, null,
                        PAYMENT_FAILED)
                : new GatewayPayment(processing.requestId(), processing.transactionId(), GatewayStatus.SUCCEEDED,
                        scenario.amountOverride() != null ? scenario.amountOverride() : request.amount(), null);
        beats.add(new Beat<>(scenario.callbackDelayMillis(), settled));
        return beats;
    }
}
