package placement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import placement.Api.NoAnswer;
import placement.Api.Reply;
import placement.FlashSale.Owned;

/** Waits for unpaid flash-sale orders to be cancelled at their payment deadline, which gives their units back. */
final class Resell {

    private Resell() {
    }

    /** How many were released, and how long after their deadline (from the order's own times). */
    record Released(int count, String lateness) {
    }

    /** Null when the deadline is too far away or the orders were not all released in time (said why). */
    static Released awaitRelease(Bench b, List<Owned> held) throws InterruptedException {
        Options o = b.options;
        Instant deadline = deadline(b, held.get(0));
        if (deadline == null) {
            System.out.println("resell      cannot read the held orders' paymentDeadline");
            Report.row("flash-sale --resell", "cannot read paymentDeadline", "released at the deadline, sold again", false);
            return null;
        }
        Duration wait = Duration.between(Instant.now(), deadline);
        if (wait.getSeconds() > o.resellMaxWaitSeconds) {
            System.out.printf("resell      skipped: the payment deadline is %d s away, more than --resell-max-wait %d s;"
                    + " start the ledger with --ledger.order.payment-timeout=PT30S to see it%n", wait.getSeconds(),
                    o.resellMaxWaitSeconds);
            Report.row("flash-sale --resell", "skipped: deadline " + wait.getSeconds() + " s away",
                    "released at the deadline, sold again", null);
            return null;
        }
        System.out.printf("resell      %d orders held unpaid; their payment deadline is %s (%d s from now)%n", held.size(),
                deadline, Math.max(0, wait.getSeconds()));
        Map<String, Owned> waiting = new LinkedHashMap<>();
        held.forEach(h -> waiting.put(h.orderId(), h));
        Histogram late = new Histogram();
        Map<String, Integer> reasons = new LinkedHashMap<>();
        long giveUp = System.nanoTime() + wait.toNanos() + TimeUnit.SECONDS.toNanos(2L * o.timeoutSeconds);
        while (!waiting.isEmpty() && System.nanoTime() - giveUp < 0) {
            TimeUnit.MILLISECONDS.sleep(Instant.now().isBefore(deadline) ? 1000 : 250);
            if (Instant.now().isBefore(deadline)) {
                continue;
            }
            for (Owned h : new ArrayList<>(waiting.values())) {
                Map<?, ?> order = read(b, h);
                if (order != null && "CANCELLED".equals(Json.text(order.get("status")))) {
                    waiting.remove(h.orderId());
                    reasons.merge(String.valueOf(Json.text(order.get("cancellationReason"))), 1, Integer::sum);
                    Instant due = instant(order.get("paymentDeadline"));
                    if (due != null) {
                        // seen by this client (every 250 ms): the order view's lag included
                        late.recordMicros(Math.max(0, Duration.between(due, Instant.now()).toNanos() / 1000));
                    }
                }
            }
        }
        int released = held.size() - waiting.size();
        String lateness = String.format(Locale.ROOT, "p50 %s ms / max %s ms", Histogram.ms(late.percentileMillis(50)),
                Histogram.ms(late.maxMillis()));
        System.out.printf("resell      %d of %d released (cancelled %s), seen %s after their deadline%s%n", released, held.size(),
                reasons, lateness, waiting.isEmpty() ? "" : "; STILL HELD: " + waiting.keySet().stream().limit(5).toList());
        if (!waiting.isEmpty()) {
            Report.row("flash-sale --resell", released + " of " + held.size() + " released", "released at the deadline, sold again",
                    false);
            return null;
        }
        return new Released(released, lateness);
    }

    private static Instant deadline(Bench b, Owned h) {
        Map<?, ?> order = read(b, h);
        return order == null ? null : instant(order.get("paymentDeadline"));
    }

    private static Map<?, ?> read(Bench b, Owned h) {
        try {
            Reply r = b.api.get("/api/orders/" + h.orderId(), h.buyer().token());
            return r.status() == 200 && Json.parseOrNull(r.body()) instanceof Map<?, ?> m ? m : null;
        } catch (NoAnswer e) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        try {
            return value == null ? null : Instant.parse(value.toString());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
