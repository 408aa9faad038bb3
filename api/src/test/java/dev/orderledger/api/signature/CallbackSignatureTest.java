package dev.orderledger.api.signature;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackSignatureTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final long SENT = NOW.getEpochSecond();
    private static final byte[] BODY = "{\"type\":\"PAYMENT\",\"requestId\":\"pay-1\"}".getBytes(StandardCharsets.UTF_8);

    private final CallbackSignature signature = new CallbackSignature("gateway-secret");

    @Test
    void acceptsTheSignatureOfTheSameBodyAndTime() {
        String signed = signature.sign(SENT, BODY);

        assertThatCode(() -> signature.verify(BODY, Long.toString(SENT), signed, NOW)).doesNotThrowAnyException();
    }

    @Test
    void signsTimestampDotBodyAsLowercaseHex() {
        assertThatCode(() -> signature.verify(BODY, Long.toString(SENT),
                signature.sign(SENT, BODY).toUpperCase(), NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(SENT + 1), signature.sign(SENT, BODY), NOW))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void rejectsATamperedBody() {
        String signed = signature.sign(SENT, BODY);
        byte[] tampered = "{\"type\":\"PAYMENT\",\"requestId\":\"pay-2\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signature.verify(tampered, Long.toString(SENT), signed, NOW))
                .isInstanceOf(CallbackRejected.class).hasMessageContaining("does not match");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        String forged = new CallbackSignature("someone-else").sign(SENT, BODY);

        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(SENT), forged, NOW))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void rejectsAStaleOrFutureTimestampEvenWhenCorrectlySigned() {
        long stale = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1).getEpochSecond();
        long future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1).getEpochSecond();

        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(stale), signature.sign(stale, BODY), NOW))
                .isInstanceOf(CallbackRejected.class).hasMessageContaining("window");
        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(future), signature.sign(future, BODY), NOW))
                .isInstanceOf(CallbackRejected.class).hasMessageContaining("window");
    }

    @Test
    void acceptsATimestampAtTheEdgeOfTheWindow() {
        long edge = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();

        assertThatCode(() -> signature.verify(BODY, Long.toString(edge), signature.sign(edge, BODY), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void theWindowIsConfigurable() {
        CallbackSignature strict = new CallbackSignature("gateway-secret", Duration.ofSeconds(10));
        long late = SENT - 11;

        assertThatThrownBy(() -> strict.verify(BODY, Long.toString(late), strict.sign(late, BODY), NOW))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        String signed = signature.sign(SENT, BODY);

        assertThatThrownBy(() -> signature.verify(BODY, null, signed, NOW)).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(SENT), null, NOW)).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verify(BODY, "yesterday", signed, NOW)).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(SENT), "not-hex", NOW)).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verify(BODY, Long.toString(SENT), signed.substring(2), NOW))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void aRequestsSignatureCoversItsMethodPathAndBody() {
        String payments = "/simulator/gateway/payments";
        String sent = Long.toString(SENT);
        String signed = signature.signRequest(SENT, "POST", payments, BODY);

        assertThatCode(() -> signature.verifyRequest("POST", payments, BODY, sent, signed, NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> signature.verifyRequest("PUT", payments, BODY, sent, signed, NOW))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verifyRequest("POST", "/simulator/gateway/refunds", BODY, sent, signed, NOW))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verifyRequest("POST", payments, new byte[0], sent, signed, NOW))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> signature.verify(BODY, sent, signed, NOW))
                .as("a request's signature is not a callback's").isInstanceOf(CallbackRejected.class);
    }

    @Test
    void cannotBeMadeWithoutASecret() {
        assertThatThrownBy(() -> new CallbackSignature(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
