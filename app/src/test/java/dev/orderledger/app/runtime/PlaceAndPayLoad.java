package dev.orderledger.app.runtime;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.Storefront;
import org.awaitility.core.ConditionTimeoutException;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/**
 * Buyers placing orders (with ids they asked for first) and paying most of them, each write with
 * an Idempotency-Key, while the ledger under them is killed and started again. With several nodes,
 * each request goes to a node chosen at random, as behind a load balancer. A request that got no
 * answer is sent again with the same key: to another node at once (a node that did not answer is
 * left alone for a while), or, when no node answers, once the ledger is back, as a client following
 * the rules would. What was acknowledged (answered 2xx) is recorded for the checks afterwards.
 */
final class PlaceAndPayLoad {

    /** Every order the load tried to place, acknowledged or not, and its payment. */
    static final class Attempt {
        final String orderId;
        final String buyerToken;
        final String productId;
        final int quantity;
        volatile boolean acknowledged;
        volatile String payOrderId;
        volatile boolean paymentAcknowledged;

        Attempt(String orderId, String buyerToken, String productId, int quantity) {
            this.orderId = orderId;
            this.buyerToken = buyerToken;
            this.productId = productId;
            this.quantity = quantity;
        }
    }

    /** A request of a live ledger finishes well within this; one of a dead ledger must not hold its key at all. */
    private static final Duration BLOCKED_AFTER = Duration.ofSeconds(30);

    /** A node that did not answer gets no request for this long. */
    private static final long AVOID_NANOS = Duration.ofSeconds(5).toNanos();

    private final List<LedgerClient> nodes;
    private final long[] avoidUntil;
    private final List<String> buyerTokens;
    private final List<String> productIds;
    private final long seed;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final List<Thread> buyers = new ArrayList<>();
    private final AtomicInteger acknowledgedWrites = new AtomicInteger();
    private final AtomicInteger resentAfterNoAnswer = new AtomicInteger();
    private final AtomicInteger stillBeingProcessed = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger blockedKeys = new AtomicInteger();
    private final Map<String, AtomicInteger> placementAnswers = new ConcurrentSkipListMap<>();
    private volatile CountDownLatch ledgerUp = new CountDownLatch(0);
    private volatile boolean stopping;

    PlaceAndPayLoad(List<LedgerClient> nodes, List<String> buyerTokens, List<String> productIds, long seed) {
        this.nodes = List.copyOf(nodes);
        this.avoidUntil = new long[nodes.size()];
        this.buyerTokens = buyerTokens;
        this.productIds = productIds;
        this.seed = seed;
    }

    void start() {
        for (int i = 0; i < buyerTokens.size(); i++) {
            Random random = new Random(seed + i);
            String token = buyerTokens.get(i);
            Thread buyer = new Thread(() -> shop(token, random), "crash-load-buyer-" + i);
            buyer.setDaemon(true);
            buyers.add(buyer);
            buyer.start();
        }
    }

    /** The ledger is about to die: requests without an answer wait for {@link #ledgerIsUp()} to be sent again. */
    void ledgerGoesDown() {
        ledgerUp = new CountDownLatch(1);
    }

    void ledgerIsUp() {
        ledgerUp.countDown();
    }

    /** Lets each buyer finish what it is doing, and waits for them. */
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread buyer : buyers) {
            buyer.join(TimeUnit.MINUTES.toMillis(3));
        }
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    int acknowledgedWrites() {
        return acknowledgedWrites.get();
    }

    /** Requests whose key stayed "still being processed" for {@link #BLOCKED_AFTER}. */
    int blockedKeys() {
        return blockedKeys.get();
    }

    /** How many placements each node answered with each status, as {@code node<i> <status>}. */
    Map<String, Integer> placementAnswers() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        placementAnswers.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    String counts() {
        return "resent after no answer: %d, answered 409 still being processed: %d, keys blocked: %d, answered 5xx: %d"
                .formatted(resentAfterNoAnswer.get(), stillBeingProcessed.get(), blockedKeys.get(), serverErrors.get());
    }

    private void shop(String token, Random random) {
        while (!stopping) {
            Answer newId = send(random, api -> api.post("/api/order-ids", null).as(token));
            if (newId.status() != 201) {
                serverErrors.incrementAndGet();
                continue;
            }
            Attempt attempt = new Attempt(newId.at("/orderId"), token, productIds.get(random.nextInt(productIds.size())),
                    1 + random.nextInt(2));
            attempts.add(attempt);
            Answer placed = send(random, api -> api.post("/api/orders",
                    Storefront.order(attempt.orderId, attempt.productId, attempt.quantity)).as(token)
                    .header("Idempotency-Key", "place-" + attempt.orderId));
            placementAnswers.computeIfAbsent("node" + placed.node() + " " + placed.status(), key -> new AtomicInteger())
                    .incrementAndGet();
            attempt.acknowledged = acknowledged(placed.response());
            // about a third of the orders are left unpaid, for their payment timeout
            if (attempt.acknowledged && random.nextInt(3) > 0 && awaitsPayment(attempt, random)) {
                attempt.payOrderId = "pay-" + UUID.randomUUID();
                attempt.paymentAcknowledged = acknowledged(send(random, api -> api.post("/api/pay-orders", Map.of(
                        "payOrderId", attempt.payOrderId, "orderIds", List.of(attempt.orderId), "method", "GATEWAY_CARD"))
                        .as(token).header("Idempotency-Key", "pay-" + attempt.orderId)).response());
            }
        }
    }

    private boolean acknowledged(LedgerClient.Response response) {
        if (response == null) {
            return false;
        }
        if (response.status() >= 500) {
            serverErrors.incrementAndGet();
        }
        boolean acknowledged = response.status() >= 200 && response.status() < 300;
        if (acknowledged) {
            acknowledgedWrites.incrementAndGet();
        }
        return acknowledged;
    }

    /** Whether placement took the stock and the order awaits payment (it may have been sold out instead). */
    private boolean awaitsPayment(Attempt attempt, Random random) {
        try {
            return "PENDING_PAYMENT".equals(await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> send(random, api -> api.get("/api/orders/" + attempt.orderId).as(attempt.buyerToken)).response(),
                            order -> order.status() == 200 && !"CREATED".equals(order.at("/status")))
                    .at("/status"));
        } catch (ConditionTimeoutException notYet) {
            return false;
        }
    }

    /** An answer, and the node (its index) that gave it. */
    record Answer(int node, LedgerClient.Response response) {
        int status() {
            return response.status();
        }

        String at(String pointer) {
            return response.at(pointer);
        }
    }

    /**
     * Sends until a node answers: a request that got no answer (the node died under it) is sent
     * again to another node, or, when none answers, once the ledger is up. A 409 "still being
     * processed" is asked again; one that lasts {@link #BLOCKED_AFTER} is a key blocked by a dead
     * request, counted and given up.
     */
    private Answer send(Random random, Function<LedgerClient, LedgerClient.Request> request) {
        long[] firstStillProcessing = {0};
        return await().atMost(Duration.ofMinutes(3)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    int node = pick(random);
                    try {
                        LedgerClient.Response response = request.apply(nodes.get(node)).send();
                        if (response.status() == 409 && response.text().contains("still being processed")) {
                            stillBeingProcessed.incrementAndGet();
                            firstStillProcessing[0] = firstStillProcessing[0] == 0 ? System.nanoTime() : firstStillProcessing[0];
                            if (System.nanoTime() - firstStillProcessing[0] < BLOCKED_AFTER.toNanos()) {
                                return null;
                            }
                            blockedKeys.incrementAndGet();
                        }
                        return new Answer(node, response);
                    } catch (UncheckedIOException noAnswer) {
                        resentAfterNoAnswer.incrementAndGet();
                        avoidUntil[node] = System.nanoTime() + AVOID_NANOS;
                        if (nodes.size() == 1) {
                            ledgerUp.await(3, TimeUnit.MINUTES);
                        }
                        return null;
                    }
                }, answer -> answer != null);
    }

    /** A node at random among those that did not fail to answer lately; any node when all did. */
    private int pick(Random random) {
        long now = System.nanoTime();
        List<Integer> answering = new ArrayList<>();
        for (int node = 0; node < nodes.size(); node++) {
            if (avoidUntil[node] - now <= 0) {
                answering.add(node);
            }
        }
        if (answering.isEmpty()) {
            return random.nextInt(nodes.size());
        }
        return answering.get(random.nextInt(answering.size()));
    }
}
