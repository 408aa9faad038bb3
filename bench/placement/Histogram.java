package placement;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A log-linear latency histogram in microseconds, safe to record into from many threads: values
 * below 128 µs have a bucket each, above that every power of two is split into 64 buckets, so a
 * percentile is exact to within 1.6 % (as HdrHistogram with two significant digits). Up to 2^40 µs.
 */
final class Histogram {

    private static final int LINEAR = 128;
    private static final int SUB = 64;
    private static final int MAX_EXPONENT = 40;
    private static final int BUCKETS = LINEAR + (MAX_EXPONENT - 7 + 1) * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAdder count = new LongAdder();
    private final LongAdder sumMicros = new LongAdder();
    private final AtomicLong maxMicros = new AtomicLong();

    void recordNanos(long nanos) {
        recordMicros(Math.max(0, nanos / 1_000));
    }

    void recordMicros(long micros) {
        long v = Math.min(micros, (1L << MAX_EXPONENT) - 1);
        counts.incrementAndGet(index(v));
        count.increment();
        sumMicros.add(v);
        maxMicros.accumulateAndGet(v, Math::max);
    }

    static int index(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int exponent = 63 - Long.numberOfLeadingZeros(v);
        int shift = exponent - 6;
        return LINEAR + (exponent - 7) * SUB + (int) ((v >> shift) - SUB);
    }

    /** The highest value that falls into the bucket. */
    static long upperBound(int index) {
        if (index < LINEAR) {
            return index;
        }
        int exponent = (index - LINEAR) / SUB + 7;
        int shift = exponent - 6;
        long sub = (index - LINEAR) % SUB + SUB;
        return ((sub + 1) << shift) - 1;
    }

    long count() {
        return count.sum();
    }

    /** The value at this percentile (nearest rank), in milliseconds; NaN when empty. */
    double percentileMillis(double percent) {
        long n = count();
        if (n == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * n));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperBound(i), maxMicros.get()) / 1000.0;
            }
        }
        return maxMicros.get() / 1000.0;
    }

    double maxMillis() {
        return count() == 0 ? Double.NaN : maxMicros.get() / 1000.0;
    }

    double meanMillis() {
        long n = count();
        return n == 0 ? Double.NaN : sumMicros.sum() / 1000.0 / n;
    }

    static final String HEADER = String.format(Locale.ROOT, "%-34s %7s %8s %8s %8s %8s %8s %8s",
            "latency (ms)", "count", "p50", "p90", "p99", "p99.9", "max", "mean");

    String row(String name) {
        return String.format(Locale.ROOT, "  %-32s %7d %8s %8s %8s %8s %8s %8s", name, count(), ms(percentileMillis(50)),
                ms(percentileMillis(90)), ms(percentileMillis(99)), ms(percentileMillis(99.9)), ms(maxMillis()),
                ms(meanMillis()));
    }

    /** The distribution in power-of-two millisecond ranges, with a bar each. */
    String bars(String indent) {
        long n = count();
        if (n == 0) {
            return indent + "(no samples)\n";
        }
        long[] ranges = new long[32];
        for (int i = 0; i < BUCKETS; i++) {
            long c = counts.get(i);
            if (c > 0) {
                long millis = upperBound(i) / 1000;
                int r = millis == 0 ? 0 : 64 - Long.numberOfLeadingZeros(millis);
                ranges[Math.min(31, r)] += c;
            }
        }
        int first = 0;
        int last = 31;
        while (ranges[first] == 0) {
            first++;
        }
        while (ranges[last] == 0) {
            last--;
        }
        long most = 0;
        for (long r : ranges) {
            most = Math.max(most, r);
        }
        StringBuilder sb = new StringBuilder();
        long below = 0;
        for (int r = first; r <= last; r++) {
            long from = r == 0 ? 0 : 1L << (r - 1);
            long to = 1L << r;
            below += ranges[r];
            sb.append(String.format(Locale.ROOT, "%s%6d - %-6d ms %8d %6.2f%% cum %6.2f%% %s%n", indent, from, to, ranges[r],
                    100.0 * ranges[r] / n, 100.0 * below / n, "#".repeat((int) Math.round(40.0 * ranges[r] / most))));
        }
        return sb.toString();
    }

    static String ms(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
