package placement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import placement.Api.NoAnswer;
import placement.Api.Reply;
import placement.Json.Raw;
import placement.Setup.Buyer;
import placement.Setup.Sku;

/**
 * One buyer's order, the way a client speaks to the ledger. Each answer says which protocol it
 * follows, so the benchmark runs against the ledger before and after the no-polling API:
 * <ul>
 * <li>{@code POST /api/orders}: 201/200 with the order detail ({@code status PENDING_PAYMENT}: pay at
 * once); 201 with {@code {orderId, created}} only (today: read it with the consistency token, then
 * poll); 202 with {@code Location} and {@code X-Consistency-Token} (read with the token, then poll);
 * 422 with a {@code reason} (a refusal).</li>
 * <li>{@code POST /api/pay-orders}: 201 whose body shows the order {@code PAID} (done), otherwise (or
 * 202) poll the order until it is paid.</li>
 * </ul>
 */
final class OrderFlow {

    static final Set<String> PAID_OR_LATER = Set.of("PAID", "FULFILLING", "COMPLETED");
    static final Set<String> PENDING = Set.of("PENDING_PAYMENT");

    /** Why an order stopped short of its goal: the error kind it is counted under. */
    static class OrderFailed extends Exception {
        OrderFailed(String kind) {
            super(kind, null, false, false);
        }
    }

    /** The ledger refused the order (422 with a reason, or cancelled it with one while it was placed). */
    static final class Refused extends OrderFailed {
        final String reason;

        Refused(String reason, String how) {
            super((how.startsWith("order cancelled") ? "cancelled: " : "refused: ") + reason + " (" + how + ")");
            this.reason = reason;
        }
    }

    private final Api api;
    private final long timeoutNanos;
    private final String address = Json.object("recipient", "Bench Buyer", "phone", "+86 138 0000 0000",
            "region", "Shanghai", "street", "1 Benchmark Rd", "postalCode", "200000");

    OrderFlow(Api api, int timeoutSeconds) {
        this.api = api;
        this.timeoutNanos = TimeUnit.SECONDS.toNanos(timeoutSeconds);
    }

    /** Places one unit of the SKU and returns the order id once it is PENDING_PAYMENT. */
    String place(Buyer buyer, Sku sku, Results results) throws OrderFailed {
        String line = Json.object("productId", sku.productId(), "skuId", sku.skuId(), "quantity", 1);
        String body = Json.object("lines", List.of(new Raw(line)), "shippingAddress", new Raw(address));
        long t0 = System.nanoTime();
        Reply answer = call(() -> api.post("/api/orders", buyer.token(), body), "place");
        while (answer.status() == 503 && answer.retryAfterSeconds() > 0) {
            // shed at a peak (503 overloaded): nothing was placed; a storefront asks again when told to
            results.answered("placement answered 503 overloaded, asked again after Retry-After");
            if (System.nanoTime() - t0 + TimeUnit.SECONDS.toNanos(answer.retryAfterSeconds()) > timeoutNanos) {
                throw new OrderFailed("place: HTTP 503 overloaded until the timeout");
            }
            pause(TimeUnit.SECONDS.toMillis(answer.retryAfterSeconds()));
            answer = call(() -> api.post("/api/orders", buyer.token(), body), "place");
        }
        Reply placed = answer;
        results.place.recordNanos(System.nanoTime() - t0);
        Object doc = Json.parseOrNull(placed.body());
        String orderId = doc instanceof Map<?, ?> m ? Json.text(m.get("orderId")) : null;
        String status = doc instanceof Map<?, ?> m ? Json.text(m.get("status")) : null;
        switch (placed.status()) {
            case 200, 201 -> {
                if (orderId == null) {
                    throw new OrderFailed("place: no orderId in the answer");
                }
                results.placementsAccepted.increment();
                if (status != null && !"CREATED".equals(status)) {
                    results.answered("placement answered " + status + " at once");
                    settled(doc, status, PENDING, "PENDING_PAYMENT", "in the placement's answer");
                    results.toPending.recordNanos(System.nanoTime() - t0);
                    return orderId;
                }
                results.answered("placement answered 201 created, then read with the token and polled");
            }
            case 202 -> {
                results.placementsAccepted.increment();
                results.answered("placement answered 202 (Location + token), then polled");
            }
            case 422 -> {
                String reason = doc instanceof Map<?, ?> m ? Json.text(m.get("reason")) : null;
                results.answered("placement answered 422");
                throw new Refused(reason == null ? "no reason" : reason, "422");
            }
            default -> throw new OrderFailed("place: HTTP " + placed.status() + reason(doc));
        }
        String path = Api.pathOf(placed.location(), orderId == null ? null : "/api/orders/" + orderId);
        if (path == null) {
            throw new OrderFailed("place: HTTP 202 without Location or orderId");
        }
        if (orderId == null) {
            orderId = path.substring(path.lastIndexOf('/') + 1);
        }
        // a 202 says when to look again (Retry-After): sooner only adds load to a ledger that is behind
        long lookAgainMillis = TimeUnit.SECONDS.toMillis(placed.retryAfterSeconds());
        pause(lookAgainMillis);
        long r0 = System.nanoTime();
        Reply own = call(() -> api.getConsistentWith(path, buyer.token(), placed.consistencyToken()), "read own placement");
        results.ownRead.recordNanos(System.nanoTime() - r0);
        results.polls.increment();
        if (own.status() != 200 && own.status() != 503) {
            throw new OrderFailed("read own placement: HTTP " + own.status());
        }
        if (own.status() == 503) {
            // the read model is further behind than the ledger's read-your-writes timeout: poll on
            results.retried("read own placement: HTTP 503 (read model behind), polled on");
        }
        Object ownDoc = own.status() == 200 ? Json.parseOrNull(own.body()) : null;
        String ownStatus = ownDoc instanceof Map<?, ?> m ? Json.text(m.get("status")) : null;
        if (!in(PENDING, ownStatus)) {
            await(buyer, path, PENDING, "PENDING_PAYMENT", t0, lookAgainMillis, results);
        } else {
            settled(ownDoc, ownStatus, PENDING, "PENDING_PAYMENT", "read with the token");
        }
        results.toPending.recordNanos(System.nanoTime() - t0);
        return orderId;
    }

    /** Pays the order by card through the (simulated) gateway and returns once it shows PAID or later. */
    void pay(Buyer buyer, String orderId, Results results) throws OrderFailed {
        String body = Json.object("payOrderId", "pay-" + orderId, "orderIds", List.of(orderId), "method", "GATEWAY_CARD");
        long p0 = System.nanoTime();
        Reply paid = call(() -> api.post("/api/pay-orders", buyer.token(), body), "pay");
        results.pay.recordNanos(System.nanoTime() - p0);
        Object doc = Json.parseOrNull(paid.body());
        if (paid.status() == 200 || paid.status() == 201) {
            if (paidInAnswer(doc, orderId)) {
                results.answered("payment answered PAID at once");
                results.toPaid.recordNanos(System.nanoTime() - p0);
                return;
            }
            results.answered("payment answered " + paid.status() + " not yet paid, then polled");
        } else if (paid.status() == 202) {
            results.answered("payment answered 202, then polled");
        } else {
            throw new OrderFailed("pay: HTTP " + paid.status() + reason(doc));
        }
        long lookAgainMillis = TimeUnit.SECONDS.toMillis(paid.retryAfterSeconds());
        pause(lookAgainMillis);
        await(buyer, "/api/orders/" + orderId, PAID_OR_LATER, "PAID", p0, lookAgainMillis, results);
        results.toPaid.recordNanos(System.nanoTime() - p0);
    }

    /**
     * Whether a pay order's answer shows this order paid: an object in it with this {@code orderId}
     * and a paid status, or, when no object names the order with a status, a paid top-level status.
     */
    static boolean paidInAnswer(Object doc, String orderId) {
        Boolean named = orderStatus(doc, orderId);
        if (named != null) {
            return named;
        }
        return doc instanceof Map<?, ?> m && in(PAID_OR_LATER, Json.text(m.get("status")));
    }

    /** True/false when an object in the document names the order with a status, null when none does. */
    private static Boolean orderStatus(Object node, String orderId) {
        if (node instanceof Map<?, ?> m) {
            if (orderId.equals(Json.text(m.get("orderId"))) && Json.text(m.get("status")) != null) {
                return in(PAID_OR_LATER, Json.text(m.get("status")));
            }
            for (Object child : m.values()) {
                Boolean b = orderStatus(child, orderId);
                if (b != null) {
                    return b;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object child : list) {
                Boolean b = orderStatus(child, orderId);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** An order that has reached its goal returns; a cancelled one is a refusal; anything else fails. */
    private static void settled(Object doc, String status, Set<String> goal, String goalName, String where)
            throws OrderFailed {
        if (in(goal, status)) {
            return;
        }
        if ("CANCELLED".equals(status)) {
            String why = doc instanceof Map<?, ?> m ? Json.text(m.get("cancellationReason")) : null;
            throw new Refused(why == null ? "CANCELLED" : why, "order cancelled, " + where);
        }
        throw new OrderFailed("order " + status + " " + where + ", expected " + goalName);
    }

    /**
     * Polls the order until its status is one of {@code goal}; a cancellation is a refusal; the timeout
     * fails. Polls are at least {@code floorMillis} apart (the ledger's Retry-After; 0 when it gave none).
     */
    private void await(Buyer buyer, String path, Set<String> goal, String goalName, long since, long floorMillis,
                       Results results) throws OrderFailed {
        long sleepMicros = 5_000;
        long deadline = since + timeoutNanos;
        String last = "no answer yet";
        while (true) {
            Reply r;
            try {
                results.polls.increment();
                r = api.get(path, buyer.token());
            } catch (NoAnswer e) {
                results.retried("poll: " + e.kind);
                r = null;
            }
            if (r != null) {
                if (r.status() == 200) {
                    Object doc = Json.parseOrNull(r.body());
                    String status = doc instanceof Map<?, ?> m ? Json.text(m.get("status")) : null;
                    last = String.valueOf(status);
                    if (in(goal, status)) {
                        return;
                    }
                    if ("CANCELLED".equals(status) || "CLOSED".equals(status)) {
                        settled(doc, status, goal, goalName, "while waiting for " + goalName);
                    }
                } else if (r.status() == 404) {
                    last = "not in the order view yet";
                } else {
                    results.retried("poll: HTTP " + r.status());
                    last = "HTTP " + r.status();
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new OrderFailed("timeout waiting for " + goalName + " (last seen: " + last + ")");
            }
            pause(Math.max(floorMillis, TimeUnit.MICROSECONDS.toMillis(sleepMicros)));
            // 25 % longer each time, up to 50 ms; a long wait polls every tenth of the time waited
            // so far (at most 250 ms), so that a slow ledger is not also flooded with reads
            long waitedMicros = (System.nanoTime() - since) / 1_000;
            long capMicros = Math.max(50_000, Math.min(250_000, waitedMicros / 10));
            sleepMicros = Math.min(capMicros, sleepMicros * 5 / 4);
        }
    }

    /** Set.of(...).contains(null) throws: a missing status is in no set. */
    static boolean in(Set<String> set, String status) {
        return status != null && set.contains(status);
    }

    interface Call {
        Reply run() throws NoAnswer;
    }

    /** A client's wait between two requests (a poll, a retry the ledger asked for). */
    private static void pause(long millis) throws OrderFailed {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrderFailed("interrupted");
        }
    }

    private static Reply call(Call call, String step) throws OrderFailed {
        try {
            return call.run();
        } catch (NoAnswer e) {
            throw new OrderFailed(step + ": " + e.kind);
        }
    }

    private static String reason(Object doc) {
        if (!(doc instanceof Map<?, ?> m)) {
            return "";
        }
        String code = Json.text(m.get("reason"));
        if (code == null) {
            code = Json.text(m.get("currentState"));
        }
        return code == null ? "" : " (" + code + ")";
    }
}
