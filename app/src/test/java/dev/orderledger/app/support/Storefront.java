package dev.orderledger.app.support;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a storefront takes against a ledger it reaches only over HTTP (a child process, or a
 * context a test starts and stops itself): accounts, a product on shelf with stock, an order.
 */
public final class Storefront {

    private final LedgerClient api;

    public Storefront(LedgerClient api) {
        this.api = api;
    }

    /** Registers a BUYER or SELLER and answers its access token. */
    public String registerAndLogin(String email, String password, String accountType) {
        LedgerClient.Response registered = api.post("/api/auth/register", Map.of("email", email, "password", password,
                "nickname", "n", "accountType", accountType)).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return login(email, password);
    }

    public String login(String email, String password) {
        LedgerClient.Response login = api.post("/api/auth/login", Map.of("login", email, "password", password)).send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.at("/accessToken");
    }

    /** A product with one SKU ({@code <productId>-sku}), audited, on shelf, with this many units received. */
    public void productOnShelf(String sellerToken, String adminToken, String productId, String name, String price,
                               long stock) {
        LedgerClient.Response created = api.post("/api/products", Map.of("productId", productId, "spu", Map.of("name", name),
                "skus", List.of(Map.of("skuId", productId + "-sku", "price", price)))).as(sellerToken).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (String[] step : new String[][]{{sellerToken, "SUBMIT_FOR_AUDIT"}, {adminToken, "APPROVE"},
                {sellerToken, "PUT_ON_SHELF"}}) {
            LedgerClient.Response moved = api.post("/api/products/" + productId + "/transitions",
                    Map.of("transition", step[1])).as(step[0]).send();
            assertThat(moved.status()).as(step[1] + ": " + moved).isEqualTo(204);
        }
        LedgerClient.Response received = api.post("/api/inventory/" + productId + "/" + productId + "-sku/receipts",
                Map.of("quantity", stock, "reference", "first-" + productId)).as(sellerToken).send();
        assertThat(received.status()).as(received.toString()).isEqualTo(204);
    }

    /** An order body: this many units of the product's only SKU, to a fixed address; the id may be null. */
    public static Map<String, Object> order(String orderId, String productId, int quantity) {
        Map<String, Object> order = new java.util.LinkedHashMap<>();
        if (orderId != null) {
            order.put("orderId", orderId);
        }
        order.put("lines", List.of(Map.of("productId", productId, "skuId", productId + "-sku", "quantity", quantity)));
        order.put("shippingAddress", Map.of("recipient", "R", "phone", "+86 138 0000 0001", "region", "Beijing",
                "street", "2 Chang'an Ave"));
        return order;
    }
}
