package dev.orderledger.app.marketing;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Coupons and points over HTTP, against the real event store. */
class MarketingIT extends LedgerIntegrationTest {

    @Test
    void aSingleUseCouponRedeemedBy50ConcurrentOrdersIsRedeemedOnce() throws Exception {
        User buyer = buyer();
        String adminToken = admin().token();
        String templateId = "t-" + UUID.randomUUID();
        LedgerClient.Response template = api.post("/api/coupon-templates", Map.of("templateId", templateId,
                "name", "Ten off", "kind", "FIXED", "amount", cny("10.00"), "threshold", cny("50.00"),
                "validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                "perUserLimit", 1, "totalQuantity", 100)).as(adminToken).send();
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        String couponId = api.post("/api/coupon-templates/" + templateId + "/claims", null).as(buyer.token()).send().at("/id");
        long firstOrder = 1795300000000000000L + (System.nanoTime() % 1_000_000_000L);

        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<LedgerClient.Response>> attempts = IntStream.range(0, 50)
                    .mapToObj(i -> pool.submit(() -> api.post("/api/admin/coupons/" + couponId + "/redemptions",
                            Map.of("orderId", String.valueOf(firstOrder + i), "userId", buyer.userId(),
                                    "sellerId", "any-seller", "orderAmount", cny("80.00"))).as(adminToken).send()))
                    .toList();
            List<Integer> statuses = attempts.stream().map(attempt -> {
                try {
                    return attempt.get().status();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();

            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 422).hasSize(49);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBuyerClaimsAtMostThePerBuyerLimit() {
        User buyer = buyer();
        String templateId = "t-" + UUID.randomUUID();
        api.post("/api/coupon-templates", Map.of("templateId", templateId, "name", "Shop coupon", "kind", "PERCENT",
                "percentOff", 15, "threshold", cny("0.00"), "validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "perUserLimit", 1, "totalQuantity", 10))
                .as(seller().token()).send();

        LedgerClient.Response first = api.post("/api/coupon-templates/" + templateId + "/claims", null).as(buyer.token()).send();
        LedgerClient.Response second = api.post("/api/coupon-templates/" + templateId + "/claims", null).as(buyer.token()).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.at("/reason")).isEqualTo("COUPON_LIMIT_REACHED");
    }

    @Test
    void pointsAreSpentOnceAndRolledBackOnce() {
        User buyer = buyer();
        String adminToken = admin().token();
        String points = "/api/admin/points/" + buyer.userId();
        String orderId = "17953" + String.format("%014d", System.nanoTime() % 100_000_000_000_000L);

        assertThat(api.post(points + "/grants", Map.of("points", 100, "reference", "welcome")).as(adminToken).send().status())
                .isEqualTo(204);
        assertThat(api.post(points + "/spending", Map.of("orderId", orderId, "points", 80)).as(adminToken).send().status())
                .isEqualTo(204);
        assertThat(api.post(points + "/spending", Map.of("orderId", orderId, "points", 80)).as(adminToken).send().status())
                .as("the same order again").isEqualTo(204);
        LedgerClient.Response overspent = api.post(points + "/spending",
                Map.of("orderId", String.valueOf(Long.parseLong(orderId) + 1), "points", 30)).as(adminToken).send();

        assertThat(overspent.status()).isEqualTo(422);
        assertThat(overspent.at("/reason")).isEqualTo("INSUFFICIENT_POINTS");
    }

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }
}
