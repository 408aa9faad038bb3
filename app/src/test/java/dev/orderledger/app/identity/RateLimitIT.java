package dev.orderledger.app.identity;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.support.LedgerClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Login and registration are rate limited per client address. */
@SpringBootTest(classes = OrderLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ledger.security.rate-limit.requests-per-minute=3",
                // a node of its own on the shared database, beside the shared context's node (LedgerIntegrationTest)
                // if that runs: under the same name both would process the same segments at once, and closing this
                // one would release the other's claims
                "ledger.cluster.node-name=rate-limit-it", "ledger.order-id.machine-id=61"})
@ActiveProfiles("dev")
// its own application context: closed after the class, so that only one ledger runs processes against the shared database
@org.springframework.test.annotation.DirtiesContext
class RateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void theFourthLoginAttemptWithinAMinuteIs429WithRetryAfter() {
        LedgerClient api = new LedgerClient(port);
        Map<String, String> attempt = Map.of("login", "nobody@ledger.test", "password", "guess-number-1");

        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/auth/login", attempt).send().status()).isEqualTo(401);
        }
        LedgerClient.Response limited = api.post("/api/auth/login", attempt).send();

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post("/api/auth/register", Map.of("email", "x@ledger.test", "password", "weak", "nickname", "x"))
                .send().status()).as("other endpoints have their own budget").isEqualTo(400);
    }
}
