package placement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import placement.Api.NoAnswer;
import placement.Api.Reply;
import placement.OrderFlow.Refused;
import placement.Setup.Buyer;
import placement.Setup.Sku;

/**
 * {@code flash-sale} (seed 003 秒杀): one new SKU with {@code --units} units; {@code --buyers}
 * buyers make {@code --attempts} attempts of one unit each in a closed loop. A placement that
 * succeeds is paid, except the first {@code --unpaid}, whose reservations are held; a refusal must
 * be {@code STOCK_SHORTAGE}. Then the stock is checked through the API (product search), and with
 * {@code --resell} the held reservations are waited for until the orders' payment deadline
 * releases them, and sold again.
 */
final class FlashSale {

    private FlashSale() {
    }

    record Owned(String orderId, Buyer buyer) {
    }

    /** One round of attempts: who got a unit, who paid, who was refused. */
    static final class Round {
        final Results results = new Results();
        final AtomicInteger placed = new AtomicInteger();
        final LongAdder sold = new LongAdder();
        final ConcurrentLinkedQueue<Owned> held = new ConcurrentLinkedQueue<>();
        long wallNanos;

        long refused() {
            return Results.sum(results.refusals);
        }
    }

    static boolean run(Bench b) throws Exception {
        Options o = b.options;
        String productId = "flash-" + b.setup.run;
        Sku sku = b.setup.product(productId, nameOf(b), o.units);
        List<Buyer> buyers = b.buyers(o.flashBuyers);
        System.out.printf("flash-sale: %s with %d units on shelf; %d buyers, %d attempts, %d placements left unpaid%n",
                sku.skuId(), o.units, buyers.size(), o.attempts, o.unpaid);

        Cpu.Sample before = b.cpu.sample();
        Round round = attempt(b, buyers, sku, o.attempts, o.unpaid);
        Cpu.Sample after = b.cpu.sample();
        Results r = round.results;
        double seconds = round.wallNanos / 1e9;
        long attempts = r.started.sum();
        long expectedPlaced = Math.min(o.units, attempts);
        long sold = round.sold.sum();
        long held = round.held.size();
        long refused = round.refused();
        long failed = r.failed.sum();
        boolean exact = sold + held == expectedPlaced && refused == attempts - expectedPlaced && failed == 0;
        double perSecond = attempts / seconds;
        double refusalP99 = r.refusal.percentileMillis(99);

        Report.title("flash-sale");
        System.out.printf(Locale.ROOT, "parameters  --units %d --buyers %d --attempts %d --unpaid %d%s%n", o.units, buyers.size(),
                o.attempts, o.unpaid, o.resell ? " --resell" : "");
        System.out.printf(Locale.ROOT, "throughput  %d attempts in %.1f s: %.0f attempts/s%n", attempts, seconds, perSecond);
        System.out.printf(Locale.ROOT, "outcome     %d units sold (paid) + %d held unpaid = %d of %d; %d refused STOCK_SHORTAGE;"
                + " %d failed (any other outcome)%n", sold, held, sold + held, o.units, refused, failed);
        System.out.println(exact ? "check       exact: every unit sold once, every other attempt refused with STOCK_SHORTAGE"
                : "check       NOT EXACT: expected " + expectedPlaced + " units placed and " + (attempts - expectedPlaced)
                + " refusals with STOCK_SHORTAGE");
        Report.latencies(r, "sold: attempt -> PAID");
        Report.outcomes(r, seconds);
        Cpu.Usage usage = b.cpu.between(before, after);
        System.out.print(usage.report(attempts, "attempt"));
        boolean stockOk = checkStock(b, productId, o.units - sold - held, sold);
        System.out.printf(Locale.ROOT, "summary: flash-sale: %d units, %d buyers, %d attempts: %.0f attempts/s; %d sold + %d held,"
                        + " %d refused STOCK_SHORTAGE, %d failed; refusal p50/p99 %s/%s ms; stock %s%n", o.units, buyers.size(),
                attempts, perSecond, sold, held, refused, failed, Histogram.ms(r.refusal.percentileMillis(50)),
                Histogram.ms(refusalP99), stockOk ? "agrees" : "DISAGREES");

        Report.row("flash-sale", String.format(Locale.ROOT, "%d of %d units sold/held, %d refused STOCK_SHORTAGE, %d other",
                sold + held, o.units, refused, failed), "exactly the units sold, the rest STOCK_SHORTAGE", exact);
        Report.row("flash-sale", String.format(Locale.ROOT, "%.0f attempts/s, refusal p99 %s ms", perSecond,
                Histogram.ms(refusalP99)), ">= 500 attempts/s, refusals p99 <= 200 ms", perSecond >= 500 && refusalP99 <= 200);
        Report.row("flash-sale", "stock via the API " + (stockOk ? "agrees" : "DISAGREES"), "stock reconciles", stockOk);
        boolean resold = !o.resell || held == 0 || resell(b, buyers, sku, List.copyOf(round.held), sold);
        return exact && stockOk && resold;
    }

    /** Attempts in a closed loop; the first {@code unpaid} successful placements are not paid. */
    static Round attempt(Bench b, List<Buyer> buyers, Sku sku, int attempts, int unpaid) throws InterruptedException {
        Round round = new Round();
        round.wallNanos = Load.closed("flash-sale", buyers, attempts, 0, (buyer, scheduled, results) -> {
            String orderId;
            try {
                orderId = b.flow.place(buyer, sku, results);
            } catch (Refused e) {
                if (!"STOCK_SHORTAGE".equals(e.reason)) {
                    throw e;
                }
                results.refused(e.reason, System.nanoTime() - scheduled);
                return;
            }
            if (round.placed.getAndIncrement() < unpaid) {
                round.held.add(new Owned(orderId, buyer));
                return;
            }
            b.flow.pay(buyer, orderId, results);
            round.sold.increment();
            results.total.recordNanos(System.nanoTime() - scheduled);
            results.completed.increment();
        }, round.results);
        return round;
    }

    /**
     * Waits for the product search to show the SKU with {@code available} units and {@code sold}
     * sales (the index follows the events within seconds), and says what it shows.
     */
    static boolean checkStock(Bench b, String productId, long available, long sold) throws InterruptedException {
        String path = "/api/products/search?seller=" + enc(b.setup.sellerId) + "&q=" + enc(nameOf(b)) + "&size=10";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(b.options.timeoutSeconds);
        String seen = "nothing";
        while (true) {
            try {
                Reply r = b.api.get(path, null);
                Map<?, ?> item = r.status() == 200 ? item(Json.parseOrNull(r.body()), productId) : null;
                if (item != null) {
                    String a = Json.text(item.get("available"));
                    String s = Json.text(item.get("sales"));
                    seen = "available " + a + ", sold " + s;
                    if (String.valueOf(available).equals(a) && String.valueOf(sold).equals(s)) {
                        System.out.printf("stock       via the API (product search): %s, as expected%n", seen);
                        return true;
                    }
                } else {
                    seen = r.status() == 200 ? "the product is not found" : "HTTP " + r.status();
                }
            } catch (NoAnswer e) {
                seen = e.kind;
            }
            if (System.nanoTime() - deadline > 0) {
                System.out.printf("stock       via the API (product search): %s; EXPECTED available %d, sold %d%n", seen,
                        available, sold);
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }

    static String nameOf(Bench b) {
        return "Flash sale " + b.setup.run;
    }

    private static Map<?, ?> item(Object doc, String productId) {
        if (doc instanceof Map<?, ?> m && m.get("items") instanceof List<?> items) {
            for (Object i : items) {
                if (i instanceof Map<?, ?> item && productId.equals(Json.text(item.get("productId")))) {
                    return item;
                }
            }
        }
        return null;
    }

    static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    /** Waits for the held orders to be cancelled at their deadline, then sells the units again. */
    static boolean resell(Bench b, List<Buyer> buyers, Sku sku, List<Owned> held, long soldBefore) throws Exception {
        Options o = b.options;
        Resell.Released released = Resell.awaitRelease(b, held);
        if (released == null) {
            return false;
        }
        if (!checkStock(b, sku.productId(), held.size(), soldBefore)) {
            Report.row("flash-sale --resell", "the released units did not come back", "released at the deadline, sold again",
                    false);
            return false;
        }
        Round again = attempt(b, buyers, sku, held.size() + buyers.size(), 0);
        long sold = again.sold.sum();
        boolean exact = sold == held.size() && again.results.failed.sum() == 0
                && again.refused() == again.results.started.sum() - held.size();
        System.out.printf(Locale.ROOT, "resell      %d attempts: %d sold again, %d refused STOCK_SHORTAGE, %d failed%s%n",
                again.results.started.sum(), sold, again.refused(), again.results.failed.sum(),
                again.results.errors.isEmpty() ? "" : " " + again.results.errors.keySet());
        boolean stockOk = checkStock(b, sku.productId(), 0, soldBefore + sold);
        Report.row("flash-sale --resell", String.format(Locale.ROOT, "%d released (seen %s after the deadline), %d sold again",
                released.count(), released.lateness(), sold), "released at the deadline, sold again",
                exact && stockOk && released.count() == held.size());
        return exact && stockOk && released.count() == held.size();
    }
}
