package dev.orderledger.app.identity;

import dev.orderledger.api.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Issues the signed access token a login answers with. */
@Component
class TokenIssuer {

    static final String ISSUER = "order-ledger";
    static final String ROLES_CLAIM = "roles";

    private final JwtEncoder encoder;
    private final Clock clock;
    private final Duration ttl;

    TokenIssuer(JwtEncoder encoder, Clock clock, @Value("${ledger.security.jwt.ttl:PT12H}") Duration ttl) {
        this.encoder = encoder;
        this.clock = clock;
        this.ttl = ttl;
    }

    AccessToken issue(User user) {
        Instant now = clock.instant();
        List<String> roles = user.roles().stream().map(Role::name).sorted().toList();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(user.userId())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(ROLES_CLAIM, roles)
                .claim("nickname", user.nickname())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new AccessToken(token, "Bearer", ttl.toSeconds(), user.userId(), roles);
    }

    record AccessToken(String accessToken, String tokenType, long expiresIn, String userId, List<String> roles) {
    }
}
