package dev.orderledger.app.cart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout across sellers (issue 14, part 1): the selected lines of a cart become one order per seller
 * and one pay order covering them all; a platform coupon pays for the whole checkout.
 */
class CheckoutIT extends LedgerIntegrationTest {

    private static final String TOKEN = "X-Cart-Token";
    private static final Map<String, Object> ADDRESS = Map.of("recipient", "Li Lei", "phone", "+86 138 0000 0000",
            "region", "Shanghai", "street", "1 Nanjing Rd", "postalCode", "200000");

    @Test
    void aGuestsCartOfTwoSellersIsMergedAtLoginAndCheckedOutWithOnePlatformCouponAndPaidOnce() {
        User teaSeller = seller();
        User cupSeller = seller();
        String tea = productOnShelf(teaSeller, "Oolong", "30.00", 10);
        String cup = productOnShelf(cupSeller, "Cup", "12.50", 10);
        User buyer = buyer();
        String coupon = couponFor(buyer, "10.00", "50.00");
        LedgerClient.Response granted = api.post("/api/admin/points/" + buyer.userId() + "/grants",
                Map.of("points", 1000, "reference", "welcome")).as(admin().token()).send();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
        String token = api.post("/api/cart/lines", line(tea, 2)).send().header(TOKEN);
        api.post("/api/cart/lines", line(cup, 1)).header(TOKEN, token).send();
        String session = api.post("/api/auth/login", Map.of("login", buyer.email(), "password", buyer.password()))
                .header(TOKEN, token).send().at("/accessToken");
        assertThat(api.get("/api/cart").as(session).send().json().at("/lines")).hasSize(2);

        LedgerClient.Response checkedOut = api.post("/api/cart/checkout", Map.of("shippingAddress", ADDRESS,
                "couponId", coupon, "points", 250, "paymentMethod", "GATEWAY_CARD")).as(session).send();

        assertThat(checkedOut.status()).as(checkedOut.toString()).isEqualTo(201);
        JsonNode orders = checkedOut.json().at("/orders");
        assertThat(orders).hasSize(2);
        assertThat(orders.get(0).at("/sellerId").asText()).isEqualTo(teaSeller.userId());
        assertThat(orders.get(1).at("/sellerId").asText()).isEqualTo(cupSeller.userId());
        BigDecimal discount = BigDecimal.ZERO;
        for (JsonNode order : orders) {
            discount = discount.add(new BigDecimal(order.at("/discount/amount").asText()));
        }
        assertThat(discount).as("the coupon's 10.00 off the checkout's 72.50, and 250 points worth 2.50")
                .isEqualByComparingTo("12.50");
        assertThat(checkedOut.at("/payable/amount")).isEqualTo("60.00");
        String payOrderId = checkedOut.at("/payOrderId");
        assertThat(api.get("/api/cart").as(session).send().json().at("/lines")).as("checked out lines leave the cart").isEmpty();

        List<String> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.at("/orderId").asText()));
        for (String orderId : ids) {
            JsonNode paid = awaitOrder(buyer, orderId, detail -> "PAID".equals(detail.at("/status").asText())
                    || "FULFILLING".equals(detail.at("/status").asText()));
            assertThat(paid.at("/payOrderId").asText()).as("one pay order pays both").isEqualTo(payOrderId);
        }
        assertThat(api.get("/api/seller/orders").as(teaSeller.token()).send().json().at("/items/0/orderId").asText())
                .isEqualTo(ids.get(0));
        assertThat(api.get("/api/seller/orders").as(cupSeller.token()).send().json().at("/items/0/orderId").asText())
                .isEqualTo(ids.get(1));
    }

    @Test
    void aCheckoutOneOfWhoseOrdersIsRefusedTakesNothingAndNamesTheLine() {
        User kettleSeller = seller();
        User mugSeller = seller();
        String kettle = productOnShelf(kettleSeller, "Kettle", "80.00", 5);
        String mug = productOnShelf(mugSeller, "Mug", "9.00", 1);
        User buyer = buyer();
        String coupon = couponFor(buyer, "5.00", "50.00");
        api.post("/api/cart/lines", line(kettle, 2)).as(buyer.token()).send();
        api.post("/api/cart/lines", line(mug, 1)).as(buyer.token()).send();
        LedgerClient.Response gone = api.post("/api/inventory/" + mug + "/" + mug + "-sku/adjustments",
                Map.of("delta", -1, "reason", "broken")).as(mugSeller.token()).send();
        assertThat(gone.status()).as(gone.toString()).isEqualTo(204);

        LedgerClient.Response refused = api.post("/api/cart/checkout", Map.of("shippingAddress", ADDRESS,
                "couponId", coupon, "paymentMethod", "GATEWAY_CARD")).as(buyer.token()).send();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("STOCK_SHORTAGE");
        assertThat(refused.at("/line/productId")).isEqualTo(mug);
        JsonNode cart = api.get("/api/cart").as(buyer.token()).send().json();
        assertThat(cart.at("/lines")).as("the cart keeps its lines").hasSize(2);
        assertThat(cart.at("/lines/0/available").asLong()).as("the kettles reserved go back").isEqualTo(5);

        api.delete("/api/cart/lines/" + mug + "/" + mug + "-sku").as(buyer.token()).send();
        LedgerClient.Response again = api.post("/api/cart/checkout", Map.of("shippingAddress", ADDRESS,
                "couponId", coupon, "paymentMethod", "GATEWAY_CARD")).as(buyer.token()).send();
        assertThat(again.status()).as("the coupon came back with the refused checkout: " + again).isEqualTo(201);
        assertThat(again.at("/orders/0/discount/amount")).isEqualTo("5.00");
    }
}
