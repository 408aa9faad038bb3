package dev.orderledger.saga.gateway;

import dev.orderledger.api.gateway.RefundReference;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The one translation of what the gateway says into ledger commands, used by its callbacks and by
 * the status queries that follow a lost reply. A payment still processing is P7, a final one is
 * the gateway result (P8/P9); a final refund is recorded on the refund or on the pay order's return
 * its reference names. Commands are idempotent, so the same answer applied twice changes nothing;
 * the aggregates' refusals ({@code StateConflict}, {@code BusinessRuleViolation}) reach the caller.
 */
@Component
public class GatewayResults {

    private final CommandGateway commands;
    private final Clock clock;

    public GatewayResults(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public void apply(GatewayPayment payment) {
        if (payment.status() == GatewayStatus.PROCESSING) {
            commands.sendAndWait(new RecordPaymentProcessingCommand(PayOrderId.of(payment.requestId()), payment.transactionId(),
                    clock.instant()));
        } else {
            commands.sendAndWait(new ApplyGatewayResultCommand(PayOrderId.of(payment.requestId()), payment.transactionId(),
                    payment.status() == GatewayStatus.SUCCEEDED, payment.amount(), payment.reason(), clock.instant()));
        }
    }

    /** A refund still processing has nothing to record yet. */
    public void apply(GatewayRefund refund) {
        if (!refund.status().isFinal()) {
            return;
        }
        boolean succeeded = refund.status() == GatewayStatus.SUCCEEDED;
        RefundReference reference = RefundReference.parse(refund.reference());
        if (reference instanceof RefundReference.OrderRefund orderRefund) {
            commands.sendAndWait(new RecordRefundPaymentCommand(RefundId.of(orderRefund.refundId()), succeeded, refund.refundId(),
                    refund.reason(), clock.instant()));
        } else if (reference instanceof RefundReference.PaymentReturn paymentReturn) {
            commands.sendAndWait(new RecordPaymentReturnCommand(PayOrderId.of(paymentReturn.payOrderId()), ReturnId.of(paymentReturn.returnId()),
                    succeeded, refund.refundId(), refund.reason(), clock.instant()));
        }
    }

    /** Either kind of notice, as a callback delivers it. */
    public void apply(GatewayNotice notice) {
        if (notice instanceof GatewayPayment payment) {
            apply(payment);
        } else if (notice instanceof GatewayRefund refund) {
            apply(refund);
        }
    }
}
