package dev.orderledger.app.partner;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.runtime.EmbeddedPostgresServer;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.saga.partner.PartnersMisconfigured;
import dev.orderledger.simulator.gateway.SimulatedGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without the dev profile there are no simulated partners: a ledger given real partners (their URLs
 * and their own secrets) serves nothing under {@code /simulator}, not even to an admin, and a ledger
 * left with the defaults of {@code application.yml} (no partner URLs, the committed secrets) refuses
 * to start, before it starts anything. Its own PostgreSQL, so its processes never touch the shared one.
 */
class SimulatorsOffIT {

    @TempDir
    Path postgresData;

    @Test
    void aLedgerWithoutTheDevProfileOrPartnersRefusesToStartNamingWhatToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(OrderLedgerApplication.class)
                .run("--server.port=0", "--ledger.postgres.data-dir=" + postgresData))
                .isInstanceOf(PartnersMisconfigured.class)
                .hasMessageContaining("ledger.partners.gateway.url is empty and the simulated partners are off")
                .hasMessageContaining("ledger.partners.gateway.secret is a default committed in the repository")
                .hasMessageContaining("ledger.partners.carrier.secret is a default committed in the repository");
        assertThat(postgresData).as("nothing was started").isEmptyDirectory();
    }

    @Test
    void aLedgerWithRealPartnersServesNoSimulatorEvenToAnAdmin() {
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(OrderLedgerApplication.class).run(
                "--server.port=0",
                "--ledger.postgres.data-dir=" + postgresData,
                "--ledger.partners.gateway.url=http://127.0.0.1:9/gateway",
                "--ledger.partners.gateway.secret=the-gateways-own-secret-for-this-test",
                "--ledger.partners.carrier.url=http://127.0.0.1:9/carrier",
                "--ledger.partners.carrier.secret=the-carriers-own-secret-for-this-test",
                "--ledger.security.bootstrap-admin.email=root@simulators-off.test",
                "--ledger.security.bootstrap-admin.password=simulators-off-admin-1")) {
            LedgerClient api = new LedgerClient(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
            String admin = api.post("/api/auth/login", Map.of("login", "root@simulators-off.test",
                    "password", "simulators-off-admin-1")).send().at("/accessToken");

            assertThat(ledger.getBeanNamesForType(SimulatedGateway.class)).isEmpty();
            for (LedgerClient.Request request : List.of(
                    api.put("/simulator/gateway/scenarios/default", Map.of("outcome", "DECLINE")),
                    api.get("/simulator/gateway/payments/pay-1"),
                    api.post("/simulator/gateway/payments", Map.of("requestId", "pay-1")),
                    api.get("/simulator/carrier/shipments/ful-1"),
                    api.get("/simulator/gateway/statements/2026-01-01"))) {
                LedgerClient.Response absent = request.as(admin).send();
                assertThat(absent.status()).as(absent.toString()).isEqualTo(404);
            }
            assertThat(api.put("/simulator/gateway/scenarios/default", Map.of("outcome", "DECLINE")).send().status())
                    .isEqualTo(401);
        } finally {
            EmbeddedPostgresServer.on(postgresData).stop();
        }
    }
}
