package placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import placement.Api.NoAnswer;
import placement.Api.Reply;

/** Asks every 100 ms how many events the order view is behind the event store's head. */
final class LagSampler extends Thread {

    private final Api api;
    private final String adminToken;
    private final List<Long> behind = new ArrayList<>();

    LagSampler(Api api, String adminToken) {
        super("lag-sampler");
        this.api = api;
        this.adminToken = adminToken;
        setDaemon(true);
    }

    @Override
    public void run() {
        try {
            while (!isInterrupted()) {
                try {
                    Reply status = api.get("/api/admin/projections/order-views", adminToken);
                    String events = status.status() == 200 ? Json.field(status.body(), "behind") : null;
                    if (events != null) {
                        synchronized (behind) {
                            behind.add(Long.parseLong(events));
                        }
                    }
                } catch (NoAnswer e) {
                    // a missed sample
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            // the phase is over
        }
    }

    void stopAndReport() throws InterruptedException {
        interrupt();
        join();
        long[] sorted;
        synchronized (behind) {
            sorted = behind.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        if (sorted.length == 0) {
            System.out.println("order view lag: no samples (GET /api/admin/projections/order-views)");
            return;
        }
        System.out.printf(Locale.ROOT, "order view lag (events behind the store's head, %d samples every 100 ms): "
                        + "p50 %d, p99 %d, max %d%n", sorted.length, sorted[(int) Math.floor(0.50 * (sorted.length - 1))],
                sorted[(int) Math.floor(0.99 * (sorted.length - 1))], sorted[sorted.length - 1]);
    }
}
