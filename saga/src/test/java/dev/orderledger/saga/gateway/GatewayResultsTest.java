package dev.orderledger.saga.gateway;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.payment.ApplyGatewayResultCommand;
import dev.orderledger.api.payment.RecordPaymentProcessingCommand;
import dev.orderledger.api.payment.RecordPaymentReturnCommand;
import dev.orderledger.api.refund.RecordRefundPaymentCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class GatewayResultsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Money PRICE = Money.of("90.00", "CNY");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final GatewayResults results = new GatewayResults(commands, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPaymentStillProcessingIsRecordedAsProcessing() {
        results.apply(new GatewayPayment("pay-1", "tx-1", GatewayStatus.PROCESSING, null, null));

        verify(commands).sendAndWait(new RecordPaymentProcessingCommand(PayOrderId.of("pay-1"), "tx-1", NOW));
    }

    @Test
    void aSucceededPaymentIsAppliedWithTheAmountTaken() {
        results.apply(new GatewayPayment("pay-1", "tx-1", GatewayStatus.SUCCEEDED, PRICE, null));

        verify(commands).sendAndWait(new ApplyGatewayResultCommand(PayOrderId.of("pay-1"), "tx-1", true, PRICE, null, NOW));
    }

    @Test
    void aFailedPaymentIsAppliedWithItsReason() {
        results.apply(new GatewayPayment("pay-1", "tx-1", GatewayStatus.FAILED, null, "no funds"));

        verify(commands).sendAndWait(new ApplyGatewayResultCommand(PayOrderId.of("pay-1"), "tx-1", false, null, "no funds", NOW));
    }

    @Test
    void anOrderRefundIsRecordedOnTheRefund() {
        results.apply(new GatewayRefund("gw-r-1", "refund:r-1", GatewayStatus.SUCCEEDED, null));

        verify(commands).sendAndWait(new RecordRefundPaymentCommand(RefundId.of("r-1"), true, "gw-r-1", null, NOW));
    }

    @Test
    void aPaymentReturnIsRecordedOnThePayOrder() {
        results.apply(new GatewayRefund("gw-r-2", "return:pay-1:ret-1", GatewayStatus.FAILED, "closed card"));

        verify(commands).sendAndWait(new RecordPaymentReturnCommand(PayOrderId.of("pay-1"), ReturnId.of("ret-1"), false, "gw-r-2", "closed card", NOW));
    }

    @Test
    void aRefundStillProcessingHasNothingToRecord() {
        results.apply(new GatewayRefund("gw-r-1", "refund:r-1", GatewayStatus.PROCESSING, null));

        verifyNoInteractions(commands);
    }
}
