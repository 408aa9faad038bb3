package dev.orderledger.app.readside;

import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.api.security.UserId;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A write answers with a consistency token; a read given that token sees the write, or says it could not in time. */
class ReadYourWritesIT extends LedgerIntegrationTest {

    private static final String TOKEN = "X-Consistency-Token";

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyPlacementIsVisibleToAReadGivenItsToken() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Teapot", "45.00");
        for (int i = 0; i < 20; i++) {
            LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            String token = placed.header(TOKEN);
            assertThat(token).as("the placement's consistency token").matches("\\d+");

            LedgerClient.Response read = api.get("/api/orders/" + placed.at("/orderId")).as(buyer.token())
                    .header(TOKEN, token).send();
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.at("/orderId")).isEqualTo(placed.at("/orderId"));
        }
    }

    @Test
    void aReadWithATokenWaitsUntilTheProjectionHasProcessedTheWrite() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Ladle", "12.00");
        EventProcessor orderViews = processing.eventProcessor("order-views").orElseThrow();
        orderViews.shutDown();
        CompletableFuture<LedgerClient.Response> read;
        String orderId;
        try {
            // answered at once: with the order views down the outcome cannot come, and the placement would wait for it
            // the whole outcome wait (20 s) before answering that it is pending
            LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token())
                    .header("Prefer", "wait=0").send();
            assertThat(placed.status()).as(placed.toString()).isEqualTo(202);
            orderId = placed.at("/orderId");
            String token = placed.header(TOKEN);
            read = CompletableFuture.supplyAsync(() ->
                    api.get("/api/orders/" + orderId).as(buyer.token()).header(TOKEN, token).send());
            assertThat(api.get("/api/orders/" + orderId).as(buyer.token()).send().status())
                    .as("without a token the read model answers as it is: not there yet").isEqualTo(404);
            assertThat(read).as("the read with the token is still waiting").isNotDone();
        } finally {
            orderViews.start();
        }
        LedgerClient.Response seen = read.join();
        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.at("/orderId")).isEqualTo(orderId);
    }

    @Test
    void aReadThatCannotSeeTheWriteInTimeSaysSoWithA503() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Whisk", "8.00");
        String orderId = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send().at("/orderId");

        LedgerClient.Response behind = api.get("/api/orders/" + orderId).as(buyer.token())
                .header(TOKEN, String.valueOf(Long.MAX_VALUE / 2)).send();

        assertThat(behind.status()).as(behind.toString()).isEqualTo(503);
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(behind.at("/type")).endsWith("/read-model-behind");
        assertThat(behind.at("/detail")).contains("order-views").contains(String.valueOf(Long.MAX_VALUE / 2));
    }

    @Test
    void aMalformedTokenIsABadRequest() {
        User buyer = buyer();
        LedgerClient.Response bad = api.get("/api/orders/1795313569000127000").as(buyer.token())
                .header(TOKEN, "yesterday").send();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.at("/detail")).contains("consistency token");
    }

    @Test
    void theTokenOfAWriteCanAlsoBeGivenAsAQueryParameter() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Sieve", "15.00");
        LedgerClient.Response placed = api.post("/api/orders", orderOf(null, productId, 1)).as(buyer.token()).send();
        LedgerClient.Response read = api.get("/api/orders/" + placed.at("/orderId") + "?consistentWith="
                + placed.header(TOKEN)).as(buyer.token()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
    }

    /**
     * A follower told of a change can read it at once, from any connection: the views tell once they have
     * committed. Told before, a buyer answered "placed" who placed again found the order not placed yet and
     * waited in vain for a change already sent. The follower here reads on another thread, so on another
     * connection than the projection's, while the projection is still telling it.
     */
    @Test
    void whatAFollowerIsToldIsAlreadyCommitted() {
        User buyer = buyer();
        String productId = productOnShelf(seller(), "Sugar bowl", "21.00");
        String orderId = api.post("/api/order-ids", null).as(buyer.token()).send().at("/orderId");
        Actor follower = new Actor(UserId.of(buyer.userId()), Set.of(Role.BUYER));
        var following = queries.subscriptionQuery(new FollowOrdersQuery(List.of(OrderId.of(orderId)), follower),
                ResponseTypes.multipleInstancesOf(OrderDetail.class), ResponseTypes.instanceOf(OrderChanged.class));
        Map<String, String> committedWhenTold = new ConcurrentHashMap<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            following.updates().subscribe(change -> committedWhenTold.put(change.order().status().name(),
                    CompletableFuture.supplyAsync(() -> jdbc.query("SELECT status FROM order_view WHERE order_id = ?",
                            (row, number) -> row.getString("status"), orderId).stream().findFirst().orElse("no row"), reader).join()));

            LedgerClient.Response placed = api.post("/api/orders", orderOf(orderId, productId, 1)).as(buyer.token()).send();

            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(20)).until(() -> committedWhenTold.containsKey("PENDING_PAYMENT"));
            assertThat(committedWhenTold.get("PENDING_PAYMENT")).as("what the views had committed when they told of the order's confirmation")
                    .isEqualTo("PENDING_PAYMENT");
        } finally {
            following.cancel();
            reader.shutdownNow();
        }
    }
}
