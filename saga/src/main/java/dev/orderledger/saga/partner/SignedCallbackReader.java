package dev.orderledger.saga.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.signature.CallbackRejected;
import dev.orderledger.api.signature.CallbackSignature;

import java.io.IOException;
import java.time.Clock;

/**
 * Reads one partner's callbacks: checks the signature over the raw bytes first, and only then parses
 * them. An unsigned or badly signed callback is {@link CallbackRejected} (401) before anything in it
 * is looked at; a signed one that is not valid JSON of the expected shape is an {@link InvalidValue} (400).
 */
public final class SignedCallbackReader {

    private final CallbackSignature signature;
    private final ObjectMapper json;
    private final Clock clock;

    public SignedCallbackReader(CallbackSignature signature, ObjectMapper json, Clock clock) {
        this.signature = signature;
        this.json = json;
        this.clock = clock;
    }

    public <T> T read(byte[] body, String timestamp, String signatureHex, Class<T> type) {
        byte[] raw = body == null ? new byte[0] : body;
        signature.verify(raw, timestamp, signatureHex, clock.instant());
        try {
            T value = json.readValue(raw, type);
            if (value == null) {
                throw new InvalidValue("the callback has no body");
            }
            return value;
        } catch (JsonProcessingException malformed) {
            throw new InvalidValue("not a valid callback: " + malformed.getOriginalMessage());
        } catch (IOException unreadable) {
            throw new InvalidValue("not a valid callback");
        }
    }
}
