package dev.orderledger.saga.payment;

import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.payment.ReturnId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The money a pay order gives back that is not paid back yet (the share of an order that refused to be
 * paid, cash the gateway took after cancellation), by return id, and how many times failed returns were
 * tried again: each try is a new gateway refund. Cash that came in through the gateway goes back out
 * through it; cash from the ledger wallet stays in the wallet.
 * <p>
 * Part of {@link PaymentSaga}'s stored state, unwrapped into its fields {@code returns} and
 * {@code returnAttempts} (the form sagas in flight were stored in).
 */
final class PaymentReturns {

    private final Map<ReturnId, Funding> returns = new LinkedHashMap<>();
    private int returnAttempts;

    void add(ReturnId returnId, Funding back) {
        returns.put(returnId, back);
    }

    /** The return was paid back; what it was, or null when it was not owed (already settled). */
    Funding settle(ReturnId returnId) {
        return returns.remove(returnId);
    }

    boolean isEmpty() {
        return returns.isEmpty();
    }

    boolean throughGateway(ReturnId returnId, PaymentMethod method) {
        return method != PaymentMethod.LEDGER_WALLET && returns.get(returnId).cash().isPositive();
    }

    /**
     * Pays a return back: what stays in the ledger is recorded at once; the gateway is asked otherwise.
     * Every path that pays a return (first time, recheck, an admin's retry) goes through here, so a
     * wallet payment is never paid out a second time through the gateway.
     */
    void payBack(ReturnId returnId, PaymentMethod method, Instant at, PaymentGatewayCalls gateway) {
        if (throughGateway(returnId, method)) {
            gateway.requestReturn(returnId, refundIdOf(gateway.payOrderId(), returnId), returns.get(returnId).cash());
        } else {
            gateway.commands().sendAndWait(new RecordPaymentReturnCommand(gateway.payOrderId(), returnId, true, "wallet", null, at));
        }
    }

    /** An admin had the failed returns tried again: each is a new refund at the gateway. */
    void retry(PaymentMethod method, Instant at, PaymentGatewayCalls gateway) {
        returnAttempts++;
        List.copyOf(returns.keySet()).forEach(returnId -> payBack(returnId, method, at, gateway));
    }

    /** No answer came: what the gateway knows of a return is applied; a return it never heard of is asked again. */
    void recheck(PaymentMethod method, Instant at, PaymentGatewayCalls gateway) {
        for (ReturnId returnId : List.copyOf(returns.keySet())) {
            boolean known = throughGateway(returnId, method) && gateway.foundRefund(refundIdOf(gateway.payOrderId(), returnId));
            if (!known) {
                payBack(returnId, method, at, gateway);
            }
        }
    }

    private String refundIdOf(PayOrderId payOrderId, ReturnId returnId) {
        return "ret-" + payOrderId + "-" + returnId + (returnAttempts == 0 ? "" : "-retry-" + returnAttempts);
    }
}
