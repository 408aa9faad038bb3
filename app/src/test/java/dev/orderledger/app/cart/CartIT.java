package dev.orderledger.app.cart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.command.cart.Carts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cart (issue 14, part 1): a guest's under a token of its own, a buyer's under their account;
 * every line at the SKU's current price with what can be bought of it, and each seller's subtotal.
 */
class CartIT extends LedgerIntegrationTest {

    private static final String TOKEN = "X-Cart-Token";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Carts carts;

    @Test
    void aGuestFillsACartUnderItsTokenAndSeesCurrentPricesAndEachSellersSubtotal() {
        User teaSeller = seller();
        User cupSeller = seller();
        String tea = productOnShelf(teaSeller, "Oolong", "30.00", 10);
        String cup = productOnShelf(cupSeller, "Cup", "12.50", 5);

        LedgerClient.Response first = api.post("/api/cart/lines", line(tea, 2)).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String token = first.header(TOKEN);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(first.at("/cartToken")).isEqualTo(token);
        api.post("/api/cart/lines", line(cup, 1)).header(TOKEN, token).send();
        api.post("/api/cart/lines", line(tea, 1)).header(TOKEN, token).send();

        JsonNode cart = api.get("/api/cart").header(TOKEN, token).send().json();
        assertThat(cart.at("/lines/0/productId").asText()).isEqualTo(tea);
        assertThat(cart.at("/lines/0/quantity").asInt()).isEqualTo(3);
        assertThat(cart.at("/lines/0/unitPrice/amount").asText()).isEqualTo("30.00");
        assertThat(cart.at("/lines/0/lineTotal/amount").asText()).isEqualTo("90.00");
        assertThat(cart.at("/lines/0/available").asLong()).isEqualTo(10);
        assertThat(cart.at("/lines/0/sellerId").asText()).isEqualTo(teaSeller.userId());
        assertThat(cart.at("/lines/1/lineTotal/amount").asText()).isEqualTo("12.50");
        assertThat(cart.at("/sellers")).hasSize(2);
        assertThat(cart.at("/sellers/0/subtotal/amount").asText()).isEqualTo("90.00");
        assertThat(cart.at("/sellers/1/sellerId").asText()).isEqualTo(cupSeller.userId());
        assertThat(cart.at("/total/amount").asText()).isEqualTo("102.50");

        LedgerClient.Response repriced = api.put("/api/products/" + tea + "/skus/" + tea + "-sku/price",
                Map.of("price", Map.of("amount", "28.00", "currency", "CNY"))).as(teaSeller.token()).send();
        assertThat(repriced.status()).as(repriced.toString()).isIn(200, 204);
        assertThat(api.get("/api/cart").header(TOKEN, token).send().at("/lines/0/unitPrice/amount"))
                .as("the price is the ledger's now, not the one at adding").isEqualTo("28.00");
    }

    @Test
    void linesChangeAndGoAndNothingBeyondTheStockOrOffTheShelfGetsIn() {
        User seller = seller();
        String kettle = productOnShelf(seller, "Kettle", "80.00", 3);
        String token = api.post("/api/cart/lines", line(kettle, 1)).send().header(TOKEN);

        LedgerClient.Response tooMany = api.post("/api/cart/lines", line(kettle, 3)).header(TOKEN, token).send();
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.at("/reason")).isEqualTo("NOT_ENOUGH_STOCK");

        LedgerClient.Response changed = api.put("/api/cart/lines/" + kettle + "/" + kettle + "-sku",
                Map.of("quantity", 2, "selected", false)).header(TOKEN, token).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.at("/lines/0/quantity")).isEqualTo("2");
        assertThat(changed.at("/lines/0/selected")).isEqualTo("false");
        assertThat(changed.json().at("/total").isMissingNode()).as("nothing selected, nothing to pay").isTrue();

        moveProduct(seller, kettle, "TAKE_OFF_SHELF");
        JsonNode offShelf = api.get("/api/cart").header(TOKEN, token).send().json();
        assertThat(offShelf.at("/lines/0/purchasable").asBoolean()).isFalse();
        assertThat(offShelf.at("/lines/0/unavailable").asText()).isEqualTo("PRODUCT_NOT_ON_SHELF");
        assertThat(api.post("/api/cart/lines", line(kettle, 1)).header(TOKEN, token).send().at("/reason"))
                .isEqualTo("PRODUCT_NOT_ON_SHELF");

        LedgerClient.Response removed = api.delete("/api/cart/lines/" + kettle + "/" + kettle + "-sku").header(TOKEN, token).send();
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().at("/lines")).isEmpty();
    }

    @Test
    void aGuestCartMergesIntoTheBuyersAtLoginCappedByTheStock() {
        User seller = seller();
        String soap = productOnShelf(seller, "Soap", "5.00", 6);
        String towel = productOnShelf(seller, "Towel", "20.00", 10);
        User buyer = buyer();
        api.post("/api/cart/lines", line(soap, 4)).as(buyer.token()).send();
        String token = api.post("/api/cart/lines", line(soap, 4)).send().header(TOKEN);
        api.post("/api/cart/lines", line(towel, 1)).header(TOKEN, token).send();

        LedgerClient.Response login = api.post("/api/auth/login", Map.of("login", buyer.email(), "password", buyer.password()))
                .header(TOKEN, token).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);

        JsonNode merged = api.get("/api/cart").as(login.at("/accessToken")).send().json();
        assertThat(merged.at("/lines/0/productId").asText()).isEqualTo(soap);
        assertThat(merged.at("/lines/0/quantity").asInt()).as("4 + 4, but only 6 can be bought").isEqualTo(6);
        assertThat(merged.at("/lines/1/productId").asText()).isEqualTo(towel);
        assertThat(merged.at("/lines/1/quantity").asInt()).isEqualTo(1);
        assertThat(merged.at("/cartToken").isMissingNode()).isTrue();
        assertThat(api.get("/api/cart").header(TOKEN, token).send().json().at("/lines"))
                .as("the guest cart is gone once merged").isEmpty();
    }

    @Test
    void aBuyersCartIsTheirsAloneAndABadTokenIsRefused() {
        User seller = seller();
        String lamp = productOnShelf(seller, "Lamp", "45.00", 5);
        User buyer = buyer();
        api.post("/api/cart/lines", line(lamp, 1)).as(buyer.token()).send();

        assertThat(api.get("/api/cart").as(buyer.token()).send().json().at("/lines")).hasSize(1);
        assertThat(api.get("/api/cart").as(buyer().token()).send().json().at("/lines")).isEmpty();
        assertThat(api.get("/api/cart").header(TOKEN, "not-a-token").send().status()).isEqualTo(400);
    }

    @Test
    void aGuestCartPastItsTimeIsEmptyAndIsDeleted() {
        User seller = seller();
        String mug = productOnShelf(seller, "Mug", "9.00", 5);
        String token = api.post("/api/cart/lines", line(mug, 1)).send().header(TOKEN);
        assertThat(api.get("/api/cart").header(TOKEN, token).send().json().at("/lines")).hasSize(1);

        jdbc.update("UPDATE cart SET expires_at = now() - interval '1 second' "
                + "WHERE cart_key = (SELECT cart_key FROM cart_line WHERE product_id = ?)", mug);

        assertThat(api.get("/api/cart").header(TOKEN, token).send().json().at("/lines")).isEmpty();
        carts.deleteExpiredGuestCarts();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cart_line WHERE product_id = ?", Integer.class, mug)).isZero();
    }
}
