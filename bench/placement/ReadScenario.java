package placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import placement.Api.NoAnswer;
import placement.Api.Reply;
import placement.Setup.Buyer;

/**
 * {@code read}: {@code --read-orders} orders are placed and paid first; then {@code --readers}
 * clients read them ({@code GET /api/orders/{id}} as their buyer, no pause) for {@code --duration}
 * while placed-and-paid orders flow in an open loop at {@code --read-rate}.
 */
final class ReadScenario {

    private ReadScenario() {
    }

    record Owned(String orderId, Buyer buyer) {
    }

    static boolean run(Bench b) throws Exception {
        Options o = b.options;
        b.warmUp();
        ConcurrentLinkedQueue<Owned> made = new ConcurrentLinkedQueue<>();
        Results setup = new Results();
        Load.closed("orders to read", b.buyers(o.buyers), o.readOrders, 0, (buyer, scheduled, results) -> {
            String orderId = b.flow.place(buyer, b.randomSku(), results);
            b.flow.pay(buyer, orderId, results);
            made.add(new Owned(orderId, buyer));
            results.completed.increment();
        }, setup);
        List<Owned> orders = new ArrayList<>(made);
        System.out.printf("read: %d orders placed and paid to read (%d failed)%n", orders.size(), setup.failed.sum());
        if (orders.isEmpty()) {
            Report.row("read", "no orders to read", ">= 2,000 reads/s, p99 <= 20 ms", false);
            return false;
        }

        Histogram reads = new Histogram();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Results flow = new Results();
        Thread background = new Thread(() -> {
            try {
                Load.open("orders meanwhile", b.buyers, o.readRate, o.durationSeconds, o.maxInFlight, b.order(true), flow);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "read-background");
        Cpu.Sample before = b.cpu.sample();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(o.durationSeconds);
        background.start();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < o.readers; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() - end < 0) {
                    Owned owned = orders.get(ThreadLocalRandom.current().nextInt(orders.size()));
                    long t0 = System.nanoTime();
                    try {
                        Reply r = b.api.get("/api/orders/" + owned.orderId(), owned.buyer().token());
                        if (r.status() == 200) {
                            reads.recordNanos(System.nanoTime() - t0);
                        } else {
                            Results.count(errors, "HTTP " + r.status());
                        }
                    } catch (NoAnswer e) {
                        Results.count(errors, e.kind);
                    }
                }
            }, "reader-" + i);
            t.start();
            readers.add(t);
        }
        for (Thread t : readers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Cpu.Sample after = b.cpu.sample();
        background.join();

        long failedReads = Results.sum(errors);
        double perSecond = reads.count() / seconds;
        double p99 = reads.percentileMillis(99);
        Report.title("read");
        System.out.printf(Locale.ROOT, "parameters  --readers %d --read-orders %d --read-rate %.1f --duration %ds%n", o.readers,
                orders.size(), o.readRate, o.durationSeconds);
        System.out.printf(Locale.ROOT, "throughput  %.0f reads/s answered 200 over %.1f s; %d failed%n", perSecond, seconds,
                failedReads);
        System.out.println(Histogram.HEADER);
        System.out.println(reads.row("GET /api/orders/{id}"));
        System.out.println("  GET /api/orders/{id}, distribution:");
        System.out.print(reads.bars("    "));
        errors.forEach((k, v) -> System.out.printf("  %7d  failed read: %s%n", v.sum(), k));
        System.out.printf(Locale.ROOT, "meanwhile   %d orders placed and paid (%.1f/s offered), %d failed; end to end p50/p99 %s/%s ms%n",
                flow.completed.sum(), o.readRate, flow.failed.sum(), Histogram.ms(flow.total.percentileMillis(50)),
                Histogram.ms(flow.total.percentileMillis(99)));
        flow.errors.forEach((k, v) -> System.out.printf("  %7d  failed order: %s%n", v.sum(), k));
        Cpu.Usage usage = b.cpu.between(before, after);
        System.out.print(usage.report(reads.count(), "read"));
        System.out.printf(Locale.ROOT, "summary: read: %.0f reads/s, p50/p99/p99.9 %s/%s/%s ms with %d readers while %.1f orders/s flow;"
                        + " %d failed reads, %d failed orders%n", perSecond, Histogram.ms(reads.percentileMillis(50)),
                Histogram.ms(p99), Histogram.ms(reads.percentileMillis(99.9)), o.readers, o.readRate, failedReads,
                flow.failed.sum());
        Report.row("read", String.format(Locale.ROOT, "%.0f reads/s, p99 %s ms, %d failed (%d readers, %.1f orders/s)", perSecond,
                Histogram.ms(p99), failedReads, o.readers, o.readRate), ">= 2,000 reads/s, p99 <= 20 ms",
                perSecond >= 2000 && p99 <= 20 && failedReads == 0);
        return failedReads * 100 <= Math.max(1, reads.count()) && flow.failed.sum() * 100 <= Math.max(1, flow.started.sum());
    }
}
