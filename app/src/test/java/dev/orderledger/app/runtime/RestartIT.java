package dev.orderledger.app.runtime;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.Storefront;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;

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
            Storefront shop = new Storefront(api);
            String sellerToken = shop.registerAndLogin("seller@restart.test", "restart-pass-1", "SELLER");
            buyerToken = shop.registerAndLogin("buyer@restart.test", "restart-pass-1", "BUYER");
            String adminToken = shop.login("root@restart.test", "restart-admin-1");
            shop.productOnShelf(sellerToken, adminToken, "restart-1", "Clock", "49.00", 5);
            LedgerClient.Response placed = api.post("/api/orders", Storefront.order(null, "restart-1", 1)).as(buyerToken).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            orderId = placed.at("/orderId");
            String id = orderId;
            String token = buyerToken;
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/orders/" + id).as(token).send(),
                    order -> "PENDING_PAYMENT".equals(order.at("/status")));

            assertThat(stockOf(ledger)).as("one unit held for the order").contains("\"reserved\": 1");
            assertThat(new JdbcTemplate(ledger.getBean(javax.sql.DataSource.class)).queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'AxonDeadline'", Long.class))
                    .as("the payment timeout and the reservation's expiry").isGreaterThanOrEqualTo(2L);
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
                    "dev.orderledger.api.order.OrderPlacedEvent", "dev.orderledger.api.order.OrderAwaitingPaymentEvent",
                    "dev.orderledger.api.order.OrderCancelledEvent");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stockOf(ledger))
                    .as("the cancelled order's unit is free again").contains("\"available\": 5", "\"reserved\": 0"));
        } finally {
            EmbeddedPostgresServer.on(postgresData).stop();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OrderLedgerApplication.class).run(
                "--spring.profiles.active=dev",
                "--server.port=0",
                "--ledger.postgres.data-dir=" + postgresData,
                "--ledger.order.payment-timeout=" + PAYMENT_TIMEOUT,
                "--ledger.security.rate-limit.requests-per-minute=1000",
                "--ledger.security.bootstrap-admin.email=root@restart.test",
                "--ledger.security.bootstrap-admin.password=restart-admin-1");
    }

    /** The stock levels in the SKU's latest event, as JSON. */
    private static String stockOf(ConfigurableApplicationContext ledger) {
        return new JdbcTemplate(ledger.getBean(javax.sql.DataSource.class)).queryForObject("""
                SELECT (convert_from(payload, 'UTF8')::jsonb -> 'levels')::text FROM domainevententry
                WHERE aggregateidentifier = 'restart-1/restart-1-sku' ORDER BY sequencenumber DESC LIMIT 1""", String.class);
    }

    private static LedgerClient client(ConfigurableApplicationContext ledger) {
        return new LedgerClient(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")));
    }
}
