package dev.orderledger.saga.payment;

import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.RecordPaymentInitFailureCommand;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayResults;
import dev.orderledger.saga.gateway.PaymentDeclined;
import dev.orderledger.saga.gateway.PaymentGateway;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.gateway.RefundRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * What a pay order's process asks the gateway, without waiting: an answer comes back as a command on
 * the pay order; silence is found out by the process's recheck, which asks the gateway what it knows
 * and applies that ({@link GatewayResults}). Built for each step from the saga's collaborators, as
 * {@link PaymentJournal} is; it holds nothing of the saga, so an answer arriving later does not touch it.
 */
record PaymentGatewayCalls(PayOrderId payOrderId, PaymentGateway gateway, GatewayResults results, CommandGateway commands,
                           Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayCalls.class);

    /** Asks for the cash; the request id is the pay order's id, so the gateway takes it once however often it is asked. */
    void requestPayment(Money cash) {
        gateway.requestPayment(new PaymentRequest(payOrderId.value(), cash, "pay order " + payOrderId)).whenComplete((accepted, error) -> {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (accepted != null) {
                commands.send(new RecordPaymentProcessingCommand(payOrderId, accepted.transactionId(), clock.instant()));
            } else if (cause instanceof PaymentDeclined declined) {
                commands.send(new RecordPaymentInitFailureCommand(payOrderId, declined.getMessage(), clock.instant()));
            } else {
                log.warn("No answer from the gateway for pay order {} ({}); it will be asked again", payOrderId, String.valueOf(cause));
            }
        });
    }

    /** What the gateway knows of the payment, applied to the pay order; none when it never heard of it. */
    Optional<GatewayPayment> findPayment() {
        Optional<GatewayPayment> known = gateway.findPayment(payOrderId.value());
        known.ifPresent(results::apply);
        return known;
    }

    /** Asks the gateway to pay a return back; a refusal is an answer (the return failed: manual queue), silence is not. */
    void requestReturn(ReturnId returnId, String refundId, Money cash) {
        gateway.requestRefund(new RefundRequest(refundId, new RefundReference.PaymentReturn(payOrderId.value(), returnId.value()).value(),
                cash)).whenComplete((accepted, error) -> {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof PaymentDeclined declined) {
                commands.send(new RecordPaymentReturnCommand(payOrderId, returnId, false, refundId, declined.getMessage(), clock.instant()));
            } else if (error != null) {
                log.warn("No answer from the gateway for refund {} ({}); it will be asked again", refundId, String.valueOf(cause));
            }
        });
    }

    /** Whether the gateway knows this refund; what it knows is applied to the pay order's return. */
    boolean foundRefund(String refundId) {
        return gateway.findRefund(refundId).map(refund -> {
            results.apply(refund);
            return true;
        }).orElse(false);
    }
}
