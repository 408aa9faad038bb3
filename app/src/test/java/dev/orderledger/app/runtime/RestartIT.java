package dev.orderledger.app.runtime;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.support.LedgerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops the whole ledger, PostgreSQL included, in the middle of a payment wait and starts it again
 * on the same data directory: the order is still there and its payment timeout still fires.
 */
class RestartIT {

    private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(12);

    @TempDir
    Path postgresData;

    @Test
    void theOrderSurvivesARestartAndItsPaymentTimeoutStillFires() {
        String orderId;
        String buyerToken;
        try (ConfigurableApplicationContext ledger = start()) {
            LedgerClient api = client(ledger);
            String sellerToken = registerAndLogin(api, "seller@restart.test", "SELLER");
            buyerToken = registerAndLogin(api, "buyer@restart.test", "BUYER");
            String adminToken = api.post("/api/auth/login", Map.of("login", "root@restart.test", "password",
                    "restart-admin-1")).send().at("/accessToken");
            api.post("/api/products", Map.of("productId", "restart-1", "spu", Map.of("name", "Clock"),
                    "skus", List.of(Map.of("skuId", "restart-1-sku", "price", "49.00")))).as(sellerToken).send();
            for (String[] step : new String[][]{{sellerToken, "SUBMIT_FOR_AUDIT"}, {adminToken, "APPROVE"},
                    {sellerToken, "PUT_ON_SHELF"}}) {
                assertThat(api.post("/api/products/restart-1/transitions", Map.of("transition", step[1])).as(step[0])
                        .send().status()).isEqualTo(204);
            }
            LedgerClient.Response placed = api.post("/api/orders", Map.of(
                    "lines", List.of(Map.of("productId", "restart-1", "skuId", "restart-1-sku", "quantity", 1)),
                    "shippingAddress", Map.of("recipient", "R", "phone", "+86 138 0000 0001", "region", "Beijing",
                            "street", "2 Chang'an Ave"))).as(buyerToken).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orderId = placed.at("/orderId");
            String id = orderId;
            String token = buyerToken;
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/orders/" + id).as(token).send().status() == 200);

            assertThat(api.get("/api/orders/" + orderId).as(buyerToken).send().at("/status")).isEqualTo("CREATED");
            assertThat(new JdbcTemplate(ledger.getBean(javax.sql.DataSource.class)).queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class)).isEqualTo(1L);
        }
        EmbeddedPostgresServer.on(postgresData).stop();

        try (ConfigurableApplicationContext ledger = start()) {
            LedgerClient api = client(ledger);
            LedgerClient.Response afterRestart = api.get("/api/orders/" + orderId).as(buyerToken).send();
            assertThat(afterRestart.status()).as(afterRestart.toString()).isEqualTo(200);

            String id = orderId;
            String token = buyerToken;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                LedgerClient.Response order = api.get("/api/orders/" + id).as(token).send();
                assertThat(order.at("/status")).isEqualTo("CANCELLED");
                assertThat(order.at("/cancellationReason")).isEqualTo("PAYMENT_TIMEOUT");
            });
            assertThat(new JdbcTemplate(ledger.getBean(javax.sql.DataSource.class)).queryForList(
                    "SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                    String.class, orderId)).containsExactly(
                    "dev.orderledger.api.order.OrderPlacedEvent", "dev.orderledger.api.order.OrderCancelledEvent");
        } finally {
            EmbeddedPostgresServer.on(postgresData).stop();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OrderLedgerApplication.class).run(
                "--server.port=0",
                "--ledger.postgres.data-dir=" + postgresData,
                "--ledger.order.payment-timeout=" + PAYMENT_TIMEOUT,
                "--ledger.security.rate-limit.requests-per-minute=1000",
                "--ledger.security.bootstrap-admin.email=root@restart.test",
                "--ledger.security.bootstrap-admin.password=restart-admin-1");
    }

    private static LedgerClient client(ConfigurableApplicationContext ledger) {
        return new LedgerClient(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }

    private static String registerAndLogin(LedgerClient api, String email, String accountType) {
        api.post("/api/auth/register", Map.of("email", email, "password", "restart-pass-1", "nickname", "r",
                "accountType", accountType)).send();
        return api.post("/api/auth/login", Map.of("login", email, "password", "restart-pass-1")).send().at("/accessToken");
    }
}
