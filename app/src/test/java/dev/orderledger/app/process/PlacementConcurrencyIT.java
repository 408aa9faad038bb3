package dev.orderledger.app.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.app.support.Concurrently;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Many buyers racing for little stock, and one coupon raced by many orders: nothing is oversold, nothing used twice. */
class PlacementConcurrencyIT extends LedgerIntegrationTest {

    @Autowired
    LedgerFacts facts;

    @Test
    void twoHundredConcurrentOrdersForTenUnitsLetExactlyTenThrough() throws Exception {
        String productId = productOnShelf(seller(), "Scarce sneaker", "499.00", 10);
        List<User> buyers = IntStream.range(0, 20).mapToObj(i -> buyer()).toList();

        List<String[]> placed = concurrently(200, i -> {
            User buyer = buyers.get(i % buyers.size());
            LedgerClient.Response response = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();
            // placement answers with its outcome: confirmed (201), refused for stock (422), or pending past the wait (202)
            assertThat(response.status()).as(response.toString()).isIn(201, 202, 422);
            return new String[] {buyer.userId(), response.at("/orderId")};
        });
        Map<String, User> byId = new HashMap<>();
        buyers.forEach(buyer -> byId.put(buyer.userId(), buyer));
        List<String> proceeding = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (String[] order : placed) {
            User buyer = byId.get(order[0]);
            JsonNode view = awaitOrder(buyer, order[1], detail -> !detail.at("/status").asText().equals("CREATED"));
            if (view.at("/status").asText().equals("PENDING_PAYMENT")) {
                proceeding.add(order[0] + " " + order[1]);
            } else {
                assertThat(view.at("/cancellationReason").asText()).isEqualTo("STOCK_SHORTAGE");
                rejected.add(order[1]);
            }
        }

        assertThat(proceeding).hasSize(10);
        assertThat(rejected).hasSize(190);
        assertThat(facts.stockOf(productId)).isEqualTo(new StockLevels(0, 10, 0));

        for (int i = 0; i < proceeding.size(); i++) {
            String[] order = proceeding.get(i).split(" ");
            User buyer = byId.get(order[0]);
            if (i % 2 == 0) {
                pay(buyer, "pay-" + UUID.randomUUID(), order[1]);
                awaitOrder(buyer, order[1], view -> !view.at("/status").asText().equals("PENDING_PAYMENT"));
            } else {
                assertThat(api.post("/api/orders/" + order[1] + "/cancellation", null).as(buyer.token()).send().status())
                        .isEqualTo(204);
            }
        }
        StockLevels settled = org.awaitility.Awaitility.await().until(() -> facts.stockOf(productId),
                levels -> levels.reserved() == 0);
        assertThat(settled).isEqualTo(new StockLevels(5, 0, 5));
        assertThat(settled.available() + settled.reserved() + settled.sold()).isEqualTo(10);
    }

    @Test
    void aSingleUseCouponUsedByFiftyConcurrentOrdersIsRedeemedOnce() throws Exception {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Coupon kettle", "80.00", 100);
        String couponId = couponFor(buyer, "10.00", "50.00");

        List<String> orderIds = concurrently(50, i -> {
            Map<String, Object> order = new HashMap<>(orderOf(null, productId, 1));
            order.put("couponId", couponId);
            LedgerClient.Response response = api.post("/api/orders", order).as(buyer.token()).send();
            assertThat(response.status()).as(response.toString()).isIn(201, 202, 422);
            return response.at("/orderId");
        });
        List<JsonNode> outcomes = orderIds.stream()
                .map(orderId -> awaitOrder(buyer, orderId, view -> !view.at("/status").asText().equals("CREATED")))
                .toList();

        assertThat(outcomes).filteredOn(view -> view.at("/status").asText().equals("PENDING_PAYMENT"))
                .singleElement().satisfies(view -> assertThat(view.at("/discount/amount").asText()).isEqualTo("10.00"));
        assertThat(outcomes).filteredOn(view -> view.at("/cancellationReason").asText().equals("MARKETING_REFUSED"))
                .hasSize(49);
        assertThat(facts.eventsOf(couponId)).filteredOn(CouponRedeemedEvent.class::isInstance).hasSize(1);
        assertThat(facts.stockOf(productId)).as("the 49 refused orders gave their units back")
                .isEqualTo(new StockLevels(99, 1, 0));
    }

    private static <T> List<T> concurrently(int count, Function<Integer, T> task) throws Exception {
        return Concurrently.run(32, count, task);
    }
}
