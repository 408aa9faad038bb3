package dev.orderledger.saga.payment;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayStatus;

import java.util.Optional;

/**
 * Whether the gateway may still take the pay order's cash, so that the process must keep asking it:
 * it was asked and has not answered finally, or the pay order was cancelled while it was asked (a
 * success may still come, and its money must go back). A success found after cancellation comes back
 * as {@code PaymentSucceededAfterCancellationEvent}; until it has, the process stays.
 * <p>
 * Part of {@link PaymentSaga}'s stored state, unwrapped into its fields {@code gatewayAsked},
 * {@code cancelled} and {@code paidAfterCancellation} (the form sagas in flight were stored in).
 */
final class GatewayWatch {

    private boolean gatewayAsked;
    private boolean cancelled;
    private boolean paidAfterCancellation;

    void asked() {
        gatewayAsked = true;
    }

    void cancelled() {
        cancelled = true;
    }

    /** The success that came after cancellation is known; its money is on its way back. */
    void paidAfterCancellation() {
        paidAfterCancellation = true;
        gatewayAsked = false;
    }

    /** Whether a recheck must ask the gateway: its payment is in progress, or the pay order was cancelled meanwhile. */
    boolean mustAsk(PaymentStatus status) {
        return gatewayAsked && (status == PaymentStatus.P5_PAYMENT_INITIALIZED || status == PaymentStatus.P7_PROCESSING || cancelled);
    }

    /** Whether the process must stay after its pay order ended, to hear what the gateway did. */
    boolean waitingAfterCancellation() {
        return cancelled && gatewayAsked;
    }

    /**
     * Asks the gateway what became of the payment and applies it. A payment it never heard of is asked
     * for again, unless the pay order was cancelled meanwhile: then no money came, and none will.
     */
    void recheck(PaymentGatewayCalls gateway, Money cash) {
        Optional<GatewayPayment> known = gateway.findPayment();
        if (known.isPresent()) {
            GatewayStatus status = known.get().status();
            boolean lateSuccessToCome = cancelled && status == GatewayStatus.SUCCEEDED && !paidAfterCancellation;
            gatewayAsked = !status.isFinal() || lateSuccessToCome;
        } else if (cancelled) {
            gatewayAsked = false;
        } else {
            gateway.requestPayment(cash);
        }
    }
}
