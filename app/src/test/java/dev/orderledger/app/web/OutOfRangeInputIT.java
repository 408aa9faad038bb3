package dev.orderledger.app.web;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values out of their range, over real HTTP: each answers 400 with a problem that names the field
 * (the JSON path, the query parameter or the path variable), never a 500. Pages, dates, durations,
 * amounts, currencies, counts and the ids a client chooses.
 */
class OutOfRangeInputIT extends LedgerIntegrationTest {

    private static final String FAR_PAST = "-999999999-01-01";
    private static final String FAR_FUTURE = "%2B1000000000-01-01T00:00:00Z";

    @Test
    void coinsOrAVoucherInAnotherCurrencyThanTheOrderAreRefusedByName() {
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller(), "Kettle", "30.00"), 1));

        for (String part : List.of("coinAmount", "voucherAmount")) {
            LedgerClient.Response paid = api.post("/api/pay-orders", Map.of("payOrderId", "pay-" + UUID.randomUUID(),
                    "orderIds", List.of(orderId), "method", "GATEWAY_CARD", part, usd("1.00"))).as(buyer.token()).send();

            assertInvalid(paid, part);
        }
        assertInvalid(api.post("/api/pay-orders", Map.of("orderIds", List.of(orderId), "method", "GATEWAY_CARD",
                "coinAmount", cny("-1.00"))).as(buyer.token()).send(), "coinAmount");
    }

    @Test
    void everyPagedListRefusesAPageBeyondItsDepth() {
        String admin = admin().token();
        String seller = seller().token();
        String buyer = buyer().token();
        assertInvalid(api.get("/api/orders?page=2147483647").as(buyer).send(), "page");
        assertInvalid(api.get("/api/seller/orders?page=2147483647").as(seller).send(), "page");
        assertInvalid(api.get("/api/admin/orders?page=2147483647").as(admin).send(), "page");
        assertInvalid(api.get("/api/products/search?page=2147483647").send(), "page");
        assertInvalid(api.get("/api/products/search?page=100&size=100").send(), "page");
        assertInvalid(api.get("/api/admin/interventions?page=9999&size=50").as(admin).send(), "page");
        assertInvalid(api.get("/api/accounts/platform-clearing:0/statement?page=2147483647").as(admin).send(), "page");
        assertInvalid(api.get("/api/seller/settlements?page=500&size=100").as(seller).send(), "page");
        assertInvalid(api.get("/api/orders?size=101").as(buyer).send(), "size");
        assertInvalid(api.get("/api/admin/projections/order-views/dead-letters?limit=-1").as(admin).send(), "limit");
        assertThat(api.get("/api/products/search?page=99&size=100").send().status()).isEqualTo(200);
    }

    @Test
    void datesAndInstantsOutsideTheYears1970To9999AreRefusedByName() {
        String admin = admin().token();
        User seller = seller();
        assertInvalid(api.get("/api/finance/settlements/+999999999-12-31").as(admin).send(), "day");
        assertInvalid(api.get("/api/finance/settlements/1969-12-31").as(admin).send(), "day");
        assertInvalid(api.post("/api/finance/gateway-statements/+10000-01-01", "").header("Content-Type", "text/csv")
                .as(admin).send(), "day");
        assertInvalid(api.get("/api/admin/orders?from=" + FAR_PAST).as(admin).send(), "from");
        assertInvalid(api.get("/api/admin/orders?to=" + FAR_FUTURE).as(admin).send(), "to");
        assertInvalid(api.get("/api/accounts/platform-clearing:0/statement?from=" + FAR_FUTURE).as(admin).send(), "from");
        assertInvalid(api.get("/api/seller/settlements?to=" + FAR_FUTURE).as(seller.token()).send(), "to");
        assertInvalid(api.get("/api/finance/accounts/platform-clearing:0?at=" + FAR_FUTURE).as(admin).send(), "at");
        assertInvalid(api.post("/api/finance/reconciliation?until=" + FAR_FUTURE, null).as(admin).send(), "until");

        Map<String, Object> coupon = template("t-" + UUID.randomUUID(), cny("10.00"));
        coupon.put("validUntil", "+10000-01-01T00:00:00Z");
        assertInvalid(api.post("/api/coupon-templates", coupon).as(admin).send(), "validUntil");
        Map<String, Object> presale = new HashMap<>(Map.of("skuId", "s-1", "price", "90.00",
                "presale", Map.of("deposit", "10.00", "balanceFrom", "2030-01-01T00:00:00Z", "balanceUntil", "+999999999-01-01T00:00:00Z")));
        assertInvalid(api.post("/api/products", Map.of("spu", Map.of("name", "Later"), "skus", List.of(presale)))
                .as(seller.token()).send(), "skus[0].presale.balanceUntil");
    }

    @Test
    void aProjectionNameOutsideItsPatternIsA400AndAnUnknownOneA404() {
        String admin = admin().token();

        assertInvalid(api.get("/api/admin/projections/Not_A_Name").as(admin).send(), "name");
        assertThat(api.get("/api/admin/projections/no-such-projection").as(admin).send().status()).isEqualTo(404);
    }

    @Test
    void aReservationIsHeldForAtLeastASecondAndAtMostThirtyDays() {
        String productId = productOnShelf(seller(), "Torch", "5.00");
        String path = "/api/admin/inventory/" + productId + "/" + productId + "-sku/reservations";
        String admin = admin().token();

        for (String holdFor : List.of("P106751991167300D", "PT0S", "-PT1M", "P31D")) {
            LedgerClient.Response held = api.post(path, Map.of("orderId", "1" + "0".repeat(18), "quantity", 1,
                    "holdFor", holdFor)).as(admin).send();

            assertInvalid(held, "holdFor");
        }
        assertThat(api.post(path, Map.of("orderId", "1" + "0".repeat(18), "quantity", 1, "holdFor", "P30D"))
                .as(admin).send().status()).isEqualTo(200);
    }

    @Test
    void everyAmountIsPositiveBoundedAndInACurrencyWithMinorUnits() {
        String admin = admin().token();
        User seller = seller();
        String productId = draftProduct(seller, "Scarf", "15.00");

        assertInvalid(api.post("/api/coupon-templates", template("t-" + UUID.randomUUID(), cny("1e20"))).as(admin).send(), "amount");
        assertInvalid(api.post("/api/admin/transfers", Map.of("transferId", "t-" + UUID.randomUUID(), "from", "platform-marketing:0",
                "to", "buyer-wallet:1", "memo", "nothing", "amount", cny("0.00"))).as(admin).send(), "amount");
        assertInvalid(api.put("/api/products/" + productId + "/skus/" + productId + "-sku/price",
                Map.of("price", cny("10000000000.00"))).as(seller.token()).send(), "price");
        assertInvalid(api.put("/api/products/" + productId + "/skus/" + productId + "-sku/price",
                Map.of("price", Map.of("amount", "100", "currency", "XAU"))).as(seller.token()).send(), "price");
        assertInvalid(createProduct(seller, Map.of("skuId", "s-1", "price", 1e20)), "skus[0].price");
        assertInvalid(createProduct(seller, Map.of("skuId", "s-1", "price", "100", "currency", "XAU")), "skus[0].currency");
        assertInvalid(createProduct(seller, Map.of("skuId", "s-1", "price", "1.005")), "skus[0].price");
    }

    @Test
    void countsAndListsHaveTheirLimits() {
        User buyer = buyer();
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            roles.add("BUYER");
        }

        assertInvalid(api.post("/api/orders/" + "1".repeat(19) + "/refunds", Map.of("lineNo", 101, "withReturn", false,
                "reason", "too many lines")).as(buyer.token()).send(), "lineNo");
        assertInvalid(api.put("/api/admin/users/" + buyer.userId() + "/roles", Map.of("roles", roles))
                .as(admin().token()).send(), "roles");
    }

    @Test
    void aNewRecordsIdIsNotDigitsAloneAndAnAdminsTransferIdHasNoColon() {
        User seller = seller();

        LedgerClient.Response digits = api.post("/api/products", Map.of("productId", "10000099", "spu", Map.of("name", "Pen"),
                "skus", List.of(Map.of("skuId", "s-1", "price", "2.00")))).as(seller.token()).send();
        LedgerClient.Response colon = api.post("/api/admin/transfers", Map.of("transferId", "buyer-wallet:10000099",
                "from", "platform-marketing:0", "to", "buyer-wallet:1", "memo", "squat", "amount", cny("1.00")))
                .as(admin().token()).send();

        assertInvalid(digits, "productId");
        assertInvalid(colon, "transferId");
    }

    private LedgerClient.Response createProduct(User seller, Map<String, Object> sku) {
        return api.post("/api/products", Map.of("spu", Map.of("name", "Odd"), "skus", List.of(sku))).as(seller.token()).send();
    }

    private static Map<String, Object> template(String templateId, Map<String, String> amount) {
        return new HashMap<>(Map.of("templateId", templateId, "name", "Off", "kind", "FIXED", "amount", amount,
                "threshold", cny("0.00"), "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2999-01-01T00:00:00Z",
                "perUserLimit", 1, "totalQuantity", 10));
    }

    private static Map<String, String> cny(String amount) {
        return Map.of("amount", amount, "currency", "CNY");
    }

    private static Map<String, String> usd(String amount) {
        return Map.of("amount", amount, "currency", "USD");
    }

    /** A 400 problem whose errors name this field (and the answer is never a 5xx). */
    private static void assertInvalid(LedgerClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
