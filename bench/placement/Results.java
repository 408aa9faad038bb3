package placement;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the orders of one phase did: a histogram per step, counters, failures and refusals by kind. */
final class Results {

    final Histogram queued = new Histogram();
    final Histogram place = new Histogram();
    final Histogram ownRead = new Histogram();
    final Histogram toPending = new Histogram();
    final Histogram pay = new Histogram();
    final Histogram toPaid = new Histogram();
    final Histogram total = new Histogram();
    final Histogram refusal = new Histogram();

    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    final Map<String, LongAdder> retried = new ConcurrentHashMap<>();
    final Map<String, LongAdder> protocol = new ConcurrentHashMap<>();
    final LongAdder started = new LongAdder();
    final LongAdder placementsAccepted = new LongAdder();
    final LongAdder completed = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder polls = new LongAdder();

    void fail(String kind) {
        count(errors, kind);
        failed.increment();
    }

    void refused(String reason, long nanos) {
        count(refusals, reason);
        refusal.recordNanos(nanos);
    }

    void retried(String kind) {
        count(retried, kind);
    }

    /** How the ledger answered: counts each way, so a run shows whether clients still polled. */
    void answered(String how) {
        count(protocol, how);
    }

    static void count(Map<String, LongAdder> map, String key) {
        map.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    static long sum(Map<String, LongAdder> map) {
        return map.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
