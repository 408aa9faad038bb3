package placement;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import placement.Setup.Buyer;
import placement.Setup.Sku;

/** What every scenario works with: the options, the API, the set-up's buyers and products, the CPU meter. */
final class Bench {

    final Options options;
    final Api api;
    final Setup setup;
    final OrderFlow flow;
    final List<Buyer> buyers;
    final List<Sku> skus;
    final Cpu cpu;
    boolean warmedUp;

    Bench(Options options, Api api, Setup setup, List<Buyer> buyers, List<Sku> skus, Cpu cpu) {
        this.options = options;
        this.api = api;
        this.setup = setup;
        this.flow = new OrderFlow(api, options.timeoutSeconds);
        this.buyers = buyers;
        this.skus = skus;
        this.cpu = cpu;
    }

    /** The first {@code n} buyers (the closed loop's threads). */
    List<Buyer> buyers(int n) {
        return buyers.subList(0, Math.min(n, buyers.size()));
    }

    Sku randomSku() {
        return skus.get(ThreadLocalRandom.current().nextInt(skus.size()));
    }

    /** An order of one unit of a random product: placed, and paid unless {@code pay} is false. */
    Load.Job order(boolean pay) {
        return (buyer, scheduled, results) -> {
            String orderId = flow.place(buyer, randomSku(), results);
            if (pay) {
                flow.pay(buyer, orderId, results);
            }
            results.total.recordNanos(System.nanoTime() - scheduled);
            results.completed.increment();
        };
    }

    /** Runs the warm-up orders once per run (closed loop, placed and paid), not measured. */
    void warmUp() throws InterruptedException {
        if (warmedUp || options.warmup == 0) {
            return;
        }
        warmedUp = true;
        Results warm = new Results();
        long wall = Load.closed("warm-up", buyers(options.buyers), options.warmup, 0, order(true), warm);
        System.out.printf("warm-up: %d orders in %.1f s, %d failed%s%n", options.warmup, wall / 1e9, warm.failed.sum(),
                warm.errors.isEmpty() ? "" : " " + warm.errors.keySet());
    }
}
