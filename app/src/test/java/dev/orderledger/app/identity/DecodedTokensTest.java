package dev.orderledger.app.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecodedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final List<String> decodedByTheKey = new ArrayList<>();

    /** Stands for the signature check: refuses "forged", and counts what it was asked. */
    private final JwtDecoder signatureCheck = token -> {
        decodedByTheKey.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        Instant expiresAt = NOW.plus(Duration.ofMinutes(token.startsWith("short") ? 1 : 60));
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("u-1").issuedAt(NOW.minusSeconds(10))
                .expiresAt(expiresAt).build();
    };

    @Test
    void aTokenSentAgainIsNotCheckedAgainUntilItExpires() {
        DecodedTokens tokens = new DecodedTokens(signatureCheck, Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(decodedByTheKey).containsExactly("good-1");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoder() {
        Clock later = Clock.fixed(NOW.plus(Duration.ofMinutes(2)), ZoneOffset.UTC);
        DecodedTokens before = new DecodedTokens(signatureCheck, Clock.fixed(NOW, ZoneOffset.UTC));
        before.decode("short-1");
        DecodedTokens after = new DecodedTokens(signatureCheck, later);

        after.decode("short-1");
        after.decode("short-1");

        assertThat(decodedByTheKey).containsExactly("short-1", "short-1", "short-1");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        DecodedTokens tokens = new DecodedTokens(signatureCheck, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-1")).isInstanceOf(BadJwtException.class);
        assertThat(decodedByTheKey).containsExactly("forged-1", "forged-1");
    }

    @Test
    void aFullCacheStartsAfreshAndStillAnswers() {
        DecodedTokens tokens = new DecodedTokens(signatureCheck, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i <= DecodedTokens.CAPACITY; i++) {
            tokens.decode("good-" + i);
        }

        assertThat(tokens.decode("good-" + DecodedTokens.CAPACITY).getSubject()).isEqualTo("u-1");
        assertThat(decodedByTheKey).hasSize(DecodedTokens.CAPACITY + 1);
    }
}
