package dev.orderledger.api.signature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The signature a partner and the ledger put on the callbacks between them: HMAC-SHA256 with their
 * shared secret over {@code timestamp + "." + rawBody}, hex encoded, sent in {@value #SIGNATURE_HEADER}
 * next to the timestamp (epoch seconds) in {@value #TIMESTAMP_HEADER}. A callback is accepted only
 * when the signature matches and the timestamp is within the tolerance of now, either side, so a
 * recorded callback cannot be replayed later.
 * <p>
 * The ledger signs its own requests to a partner the same way, over
 * {@code timestamp + "." + method + " " + rawPath + "\n" + rawBody} (see {@link #signRequest}), so a
 * simulated partner knows its merchant. A request's signature covers its path, so it is not the
 * signature of another request, and never of a callback (no JSON body starts with a method).
 * <p>
 * Webhook deliveries to sellers are signed with the same {@link #sign} under headers of their own
 * (the seller's secret, the ledger's names); the header names here are the partners'.
 */
public final class CallbackSignature {

    public static final String TIMESTAMP_HEADER = "X-Partner-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Partner-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final Duration tolerance;

    public CallbackSignature(String secret, Duration tolerance) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a callback secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    public CallbackSignature(String secret) {
        this(secret, DEFAULT_TOLERANCE);
    }

    /** The hex signature of this body sent at this time (epoch seconds). */
    public String sign(long timestamp, byte[] body) {
        return HEX.formatHex(mac(timestamp, body));
    }

    /**
     * Accepts a callback or throws {@link CallbackRejected}: the timestamp must be epoch seconds within
     * the tolerance of {@code now}, and the signature the one of this exact body (compared in constant time).
     */
    public void verify(byte[] body, String timestamp, String signature, Instant now) {
        if (timestamp == null || signature == null) {
            throw new CallbackRejected("the message is not signed");
        }
        long sentAt;
        byte[] offered;
        try {
            sentAt = Long.parseLong(timestamp.trim());
            offered = HEX.parseHex(signature.trim().toLowerCase());
        } catch (IllegalArgumentException malformed) {
            throw new CallbackRejected("the signature headers are malformed");
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > tolerance.toSeconds()) {
            throw new CallbackRejected("the signed timestamp is outside the accepted window");
        }
        if (!MessageDigest.isEqual(mac(sentAt, body), offered)) {
            throw new CallbackRejected("the signature does not match");
        }
    }

    /** The hex signature of a request to the partner: its method, its raw path (no query) and its body. */
    public String signRequest(long timestamp, String method, String rawPath, byte[] body) {
        return sign(timestamp, request(method, rawPath, body));
    }

    /** Accepts a request signed by {@link #signRequest} or throws {@link CallbackRejected}, as {@link #verify} does. */
    public void verifyRequest(String method, String rawPath, byte[] body, String timestamp, String signature, Instant now) {
        verify(request(method, rawPath, body), timestamp, signature, now);
    }

    private static byte[] request(String method, String rawPath, byte[] body) {
        byte[] line = (method + " " + rawPath + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] signed = Arrays.copyOf(line, line.length + body.length);
        System.arraycopy(body, 0, signed, line.length, body.length);
        return signed;
    }

    private byte[] mac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
