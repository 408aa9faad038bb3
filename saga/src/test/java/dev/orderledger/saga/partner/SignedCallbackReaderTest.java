package dev.orderledger.saga.partner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.signature.CallbackRejected;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.gateway.GatewayNotice;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.saga.gateway.GatewayStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedCallbackReaderTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String STAMP = Long.toString(NOW.getEpochSecond());

    private final CallbackSignature signature = new CallbackSignature("gateway-secret");
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final SignedCallbackReader reader = new SignedCallbackReader(signature, json,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readsASignedPaymentCallback() {
        GatewayNotice notice = read("""
                {"type":"PAYMENT","requestId":"pay-1","transactionId":"tx-1","status":"SUCCEEDED",
                 "amount":{"amount":"12.30","currency":"CNY"},"reason":null}""");

        assertThat(notice).isEqualTo(new GatewayPayment("pay-1", "tx-1", GatewayStatus.SUCCEEDED,
                Money.of("12.30", "CNY"), null));
    }

    @Test
    void readsASignedRefundCallback() {
        GatewayNotice notice = read("""
                {"type":"REFUND","refundId":"r-1","reference":"refund:r-1","status":"FAILED","reason":"closed card"}""");

        assertThat(notice).isEqualTo(new GatewayRefund("r-1", "refund:r-1", GatewayStatus.FAILED, "closed card"));
    }

    @Test
    void checksTheSignatureBeforeLookingAtTheBody() {
        byte[] garbage = "not json at all".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(garbage, STAMP, "00", GatewayNotice.class))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void aSignedBodyOfTheWrongShapeIsInvalidInput() {
        assertThatThrownBy(() -> read("{\"type\":\"PAYMENT\",\"requestId\":\"pay-1\",\"unexpected\":1}"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> read("{\"type\":\"SHIPMENT\"}")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> read("{\"type\":\"PAYMENT\",\"status\":\"SUCCEEDED\"}")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> read("{\"type\":\"REFUND\",\"refundId\":\"r-1\",\"reference\":\"r-1\",\"status\":\"FAILED\"}"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> read("{")).isInstanceOf(InvalidValue.class);
    }

    private GatewayNotice read(String body) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return reader.read(raw, STAMP, signature.sign(NOW.getEpochSecond(), raw), GatewayNotice.class);
    }
}
