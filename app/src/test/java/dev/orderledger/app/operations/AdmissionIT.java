package dev.orderledger.app.operations;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load shedding: new placements are refused with 503 while the order flow is too far behind, and
 * taken again once it has caught up; payments and reads go on. Admins see the backlog and set the limit.
 */
class AdmissionIT extends LedgerIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void aPlacementIsRefusedWhileTheOrderFlowIsBehindAndTakenOnceItCaughtUp() throws Exception {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Crowded widget", "5.00");
        long configured = Long.parseLong(admission().at("/maxBacklog"));
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/admin/projections/order-views")
                .as(admin().token()).send().json().at("/position").isNumber());
        String key = "admission-" + UUID.randomUUID();
        Map<String, Object> order = orderOf(null, productId, 1);
        try {
            try (Connection stall = dataSource.getConnection()) {
                stall.setAutoCommit(false);
                try (Statement lock = stall.createStatement()) {
                    // the order views cannot commit a batch while their token row is held
                    lock.execute("SELECT * FROM tokenentry WHERE processorname = 'order-views' FOR UPDATE");
                }
                LedgerClient.Response first = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token())
                        .header("Prefer", "wait=0").send();
                assertThat(first.status()).as(first.toString()).isIn(201, 202);
                await().atMost(Duration.ofSeconds(10)).until(() -> Long.parseLong(admission().at("/backlog")) > 1);
                setLimit(1);
                assertThat(admission().at("/shedding")).isEqualTo("true");

                LedgerClient.Response shed = api.post("/api/orders", order).as(buyer.token())
                        .header("Idempotency-Key", key).send();

                assertThat(shed.status()).as(shed.toString()).isEqualTo(503);
                assertThat(shed.header("Retry-After")).isEqualTo("1");
                assertThat(shed.header("Content-Type")).startsWith("application/problem+json");
                assertThat(shed.at("/type")).endsWith("/overloaded");
                assertThat(api.get("/api/orders").as(buyer.token()).send().status())
                        .as("reads go on while placements are shed").isEqualTo(200);
                stall.rollback();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> admission().at("/shedding").equals("false"));
            assertThat(ordersOf(buyer)).as("the refused placement left nothing").isEqualTo(1);

            // the storefront sends the same request again, with the same key, as Retry-After says
            LedgerClient.Response taken = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> api.post("/api/orders", order).as(buyer.token()).header("Idempotency-Key", key).send(),
                            response -> response.status() != 503);

            assertThat(taken.status()).as("placed now, not the refusal replayed: " + taken).isIn(201, 202);
            awaitOrder(buyer, taken.at("/orderId"), "PENDING_PAYMENT");
            assertThat(ordersOf(buyer)).isEqualTo(2);
        } finally {
            setLimit(configured);
        }
    }

    @Test
    void onlyAdminsSeeAndSetTheLimitAndABadLimitIsRefusedNamingTheField() {
        assertThat(api.get("/api/admin/admission").as(buyer().token()).send().status()).isEqualTo(403);
        String configured = admission().at("/maxBacklog");

        LedgerClient.Response negative = api.put("/api/admin/admission", Map.of("maxBacklog", -1)).as(admin().token()).send();
        LedgerClient.Response missing = api.put("/api/admin/admission", Map.of()).as(admin().token()).send();

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().at("/errors/0/field").asText()).isEqualTo("maxBacklog");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("maxBacklog");
        assertThat(admission().at("/maxBacklog")).as("unchanged").isEqualTo(configured);
    }

    private LedgerClient.Response admission() {
        LedgerClient.Response status = api.get("/api/admin/admission").as(admin().token()).send();
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        return status;
    }

    private void setLimit(long maxBacklog) {
        LedgerClient.Response set = api.put("/api/admin/admission", Map.of("maxBacklog", maxBacklog)).as(admin().token()).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.at("/maxBacklog")).isEqualTo(String.valueOf(maxBacklog));
    }

    private long ordersOf(User buyer) {
        return api.get("/api/orders").as(buyer.token()).send().json().at("/total").asLong();
    }
}
