package dev.orderledger.app.identity;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes each bearer token once: a client sends the same token with every request, and checking its
 * signature and parsing its claims again was a tenth of a read's CPU. A token is taken from here only
 * while it has not expired; an expired one goes back to the decoder, which refuses it. The ledger
 * revokes no token before it expires (roles and ids are in the token itself), so a token decoded
 * once reads the same until then. Holds at most {@link #CAPACITY} tokens and starts afresh when full.
 */
final class DecodedTokens implements JwtDecoder {

    static final int CAPACITY = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> decoded = new ConcurrentHashMap<>();

    DecodedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = decoded.get(token);
        if (known != null) {
            if (stillValid(known)) {
                return known;
            }
            decoded.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (stillValid(jwt)) {
            if (decoded.size() >= CAPACITY) {
                decoded.clear();
            }
            decoded.put(token, jwt);
        }
        return jwt;
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
