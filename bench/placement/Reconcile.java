package placement;

import java.util.Locale;
import placement.Api.NoAnswer;
import placement.Api.Reply;

/**
 * Finance replays and reconciles the ledger the run left: {@code POST /api/finance/reconciliation}
 * three times (the JIT warms up), as the bootstrap admin (who has the FINANCE role).
 */
final class Reconcile {

    private Reconcile() {
    }

    /** Prints the replay's rate as the client sees it and whether the books balance; returns whether they do. */
    static boolean run(Api api, String admin) throws NoAnswer {
        long best = Long.MAX_VALUE;
        String report = null;
        for (int round = 0; round < 3; round++) {
            long started = System.nanoTime();
            Reply reply = api.post("/api/finance/reconciliation", admin, "");
            long took = System.nanoTime() - started;
            if (reply.status() != 200) {
                System.out.println("reconciliation: POST /api/finance/reconciliation answered " + reply.status() + " "
                        + Json.brief(reply.body()));
                return false;
            }
            best = Math.min(best, took);
            report = reply.body();
        }
        long events = Long.parseLong(Json.field(report, "events"));
        boolean balanced = report.contains("\"discrepancies\":[]");
        System.out.printf(Locale.ROOT, "reconciliation (POST /api/finance/reconciliation after the run, best of 3): %d events"
                        + " replayed and checked in %d ms, %.0f events/s; %s pay orders paid (%s in flight); %s%n", events,
                best / 1_000_000, events / (best / 1e9), Json.field(report, "payOrdersPaid"),
                Json.field(report, "paymentsInFlight"), balanced ? "the books balance" : "DISCREPANCIES: " + Json.brief(report));
        return balanced;
    }
}
