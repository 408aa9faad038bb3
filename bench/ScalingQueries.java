import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times, on a ledger's event store, the statements Axon's JdbcEventStorageEngine (4.13, default statements)
 * and the ledger itself run against {@code domainevententry}, with PostgreSQL's plan for each, and prints the
 * sizes of the table and its indexes and the depth of each B-tree. JDK 17 and the PostgreSQL driver:
 *
 * <pre>
 * java -cp postgresql.jar bench/ScalingQueries.java --jdbc jdbc:postgresql://localhost:8191/postgres [--runs 200]
 * </pre>
 *
 * Each statement runs once under {@code EXPLAIN (ANALYZE, BUFFERS)} (its plan, rows and buffers are
 * printed), then {@code --runs} times through JDBC reading every column of every row, as Axon does: the
 * p50, p99 and max of those runs are the figures. Run it on a quiet store: it reads, never writes.
 */
public class ScalingQueries {

    /** The columns Axon reads for a tracked event (EventSchema#trackedEventFields). */
    static final String TRACKED = "globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp,"
                                  + " payloadtype, payloadrevision, payload, metadata";
    static final String DOMAIN = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype,"
                                 + " payloadrevision, payload, metadata";
    static final int BATCH = 100; // JdbcEventStorageEngine's default batch size

    private final Connection db;
    private final int runs;

    ScalingQueries(Connection db, int runs) {
        this.db = db;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        String jdbc = null;
        int runs = 200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jdbc" -> jdbc = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jdbc == null) {
            System.out.println("usage: java -cp postgresql.jar bench/ScalingQueries.java --jdbc URL [--runs 200]");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            new ScalingQueries(db, runs).run();
        }
    }

    void run() throws SQLException {
        long events = single("SELECT count(*) FROM domainevententry");
        long head = single("SELECT max(globalindex) FROM domainevententry");
        long tail = single("SELECT min(globalindex) FROM domainevententry");
        System.out.printf(Locale.ROOT, "store: %,d events, global index %d..%d, %s; load average %s%n", events, tail, head,
                text("SELECT version()").replaceFirst(",.*", ""), loadAverage());
        sizes();
        String oldOrder = text("SELECT aggregateidentifier FROM domainevententry WHERE type = 'Order' ORDER BY globalindex LIMIT 1");
        String newOrder = text("SELECT aggregateidentifier FROM domainevententry WHERE type = 'Order' AND globalindex > "
                               + (head - 50_000) + " ORDER BY globalindex LIMIT 1");
        String platform = text("SELECT aggregateidentifier FROM snapshotevententry WHERE aggregateidentifier LIKE 'platform-%'"
                               + " ORDER BY sequencenumber DESC LIMIT 1");
        long platformSnapshot = platform == null ? 0 : single("SELECT max(sequencenumber) FROM snapshotevententry"
                                                            + " WHERE aggregateidentifier = '" + platform + "'");
        String middle = text("SELECT timestamp FROM domainevententry WHERE globalindex >= " + (tail + head) / 2
                             + " ORDER BY globalindex LIMIT 1");
        List<String> recentIds = texts("SELECT eventidentifier FROM domainevententry WHERE globalindex > " + (head - 3)
                                       + " ORDER BY globalindex");
        // the newest indexes no event has (a rolled-back or not yet committed append), as a token carries them
        long[] fewGaps = texts("SELECT s FROM generate_series(" + Math.max(tail, head - 200_000) + ", " + head + ") s"
                               + " WHERE NOT EXISTS (SELECT 1 FROM domainevententry WHERE globalindex = s) ORDER BY s DESC LIMIT 7")
                .stream().mapToLong(Long::parseLong).sorted().toArray();
        // a token's gaps that have all been filled since: every one is read back (the worst case)
        long[] manyGaps = range(head - 20_000, 1000, 17);

        System.out.println();
        System.out.println("statement | parameters | rows | p50 ms | p99 ms | max ms");
        time("head token (createHeadToken)", "SELECT max(globalindex) FROM domainevententry");
        time("tail token (createTailToken)", "SELECT min(globalindex) - 1 FROM domainevententry");
        time("last sequence of an aggregate (lastSequenceNumberFor; the ledger's cache check per command)",
                "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?", newOrder);
        time("an order's stream, newest (readEventDataForAggregate)", "SELECT " + TRACKED + " FROM domainevententry"
             + " WHERE aggregateidentifier = ? AND sequencenumber >= ? AND sequencenumber < ? ORDER BY sequencenumber ASC",
                newOrder, 0L, (long) BATCH);
        time("an order's stream, oldest (readEventDataForAggregate)", "SELECT " + TRACKED + " FROM domainevententry"
             + " WHERE aggregateidentifier = ? AND sequencenumber >= ? AND sequencenumber < ? ORDER BY sequencenumber ASC",
                oldOrder, 0L, (long) BATCH);
        if (platform != null) {
            time("a platform account's snapshot (readSnapshotData)", "SELECT " + DOMAIN + " FROM snapshotevententry"
                 + " WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC", platform);
            // a snapshot is taken every 100 events: on average an account has about 50 events after its latest
            time("a platform account's stream, 50 events after a snapshot (readEventDataForAggregate)", "SELECT " + TRACKED
                 + " FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= ? AND sequencenumber < ?"
                 + " ORDER BY sequencenumber ASC", platform, platformSnapshot - 49, platformSnapshot - 49 + BATCH);
            time("a platform account's whole stream, no snapshot (readEventDataForAggregate, first batch)", "SELECT " + TRACKED
                 + " FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber >= ? AND sequencenumber < ?"
                 + " ORDER BY sequencenumber ASC", platform, 0L, (long) BATCH);
        }
        String withoutGaps = "SELECT " + TRACKED + " FROM domainevententry WHERE (globalindex > ? AND globalindex <= ?)"
                             + " ORDER BY globalindex ASC";
        time("next batch at the head (readEventDataWithoutGaps)", withoutGaps, head - BATCH, head);
        time("next batch mid-replay (readEventDataWithoutGaps)", withoutGaps, (tail + head) / 2, (tail + head) / 2 + BATCH);
        time("next batch from the start (readEventDataWithoutGaps)", withoutGaps, 0L, (long) BATCH);
        time("next batch at the head, " + fewGaps.length + " open gaps (readEventDataWithGaps)", withGaps(fewGaps.length), params(head - BATCH, head, fewGaps));
        time("next batch at the head, 1,000 gaps all filled since (readEventDataWithGaps)", withGaps(manyGaps.length),
                params(head - BATCH, head, manyGaps));
        time("first index after a token (fetchTrackedEvents' skip over a gap)",
                "SELECT min(globalindex) FROM domainevententry WHERE globalindex > ?", head - BATCH);
        time("gap cleaning, " + fewGaps.length + " open gaps (cleanGaps)", "SELECT globalindex, timestamp FROM domainevententry"
             + " WHERE globalindex >= ? AND globalindex <= ?", fewGaps[0], fewGaps[fewGaps.length - 1] + 1);
        time("gap cleaning, 1,000 gaps over 17,000 indexes (cleanGaps)", "SELECT globalindex, timestamp FROM domainevententry"
             + " WHERE globalindex >= ? AND globalindex <= ?", manyGaps[0], manyGaps[manyGaps.length - 1] + 1);
        time("the ledger's consistency token (EventStorePositions: 3 event ids)",
                "SELECT max(globalindex) FROM domainevententry WHERE eventidentifier = ANY (?)",
                db.createArrayOf("varchar", recentIds.toArray()));
        time("token at an instant (createTokenAt; reset to a time)",
                "SELECT min(globalindex) - 1 FROM domainevententry WHERE timestamp >= ?", middle);
    }

    /** Axon's statement for a batch while the token has gaps: the range, or any of the gaps. */
    private static String withGaps(int gaps) {
        return "SELECT " + TRACKED + " FROM domainevententry WHERE (globalindex > ? AND globalindex <= ?) OR globalindex IN ("
               + String.join(",", java.util.Collections.nCopies(gaps, "?")) + ") ORDER BY globalindex ASC";
    }

    private static Object[] params(long from, long to, long[] gaps) {
        Object[] params = new Object[gaps.length + 2];
        params[0] = from;
        params[1] = to;
        for (int i = 0; i < gaps.length; i++) {
            params[i + 2] = gaps[i];
        }
        return params;
    }

    private static long[] range(long first, int count, int step) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = first + (long) i * step;
        }
        return values;
    }

    private void time(String name, String sql, Object... parameters) throws SQLException {
        System.out.println();
        System.out.println("-- " + name);
        long explained = System.nanoTime();
        try (PreparedStatement explain = db.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            bind(explain, parameters);
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("   " + plan.getString(1));
                }
            }
        }
        // a statement that scans the table (a second or more at 10^7) is timed 5 times, not --runs
        int runs = System.nanoTime() - explained > 200_000_000L ? 5 : this.runs;
        long[] nanos = new long[runs];
        long rows = 0;
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            for (int run = 0; run < runs; run++) {
                long started = System.nanoTime();
                rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows++;
                    }
                }
                nanos[run] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s | %s | %d | %.3f | %.3f | %.3f%n", name, describe(parameters), rows,
                nanos[runs / 2] / 1e6, nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6, nanos[runs - 1] / 1e6);
    }

    private static String describe(Object[] parameters) {
        if (parameters.length > 6) {
            return parameters.length + " values";
        }
        List<String> shown = new ArrayList<>();
        for (Object parameter : parameters) {
            shown.add(parameter instanceof Array ? "[3 ids]" : String.valueOf(parameter));
        }
        return String.join(", ", shown);
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** The table, its TOAST and each index of the event store, and each B-tree's depth (pageinspect). */
    private void sizes() throws SQLException {
        boolean pageinspect = true;
        try (Statement statement = db.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pageinspect");
        } catch (SQLException unavailable) {
            pageinspect = false;
        }
        System.out.println("relation | size | rows/entries | B-tree levels below the root");
        for (String table : List.of("domainevententry", "snapshotevententry")) {
            System.out.printf(Locale.ROOT, "%s (heap + TOAST) | %s | %s | %n", table,
                    text("SELECT pg_size_pretty(pg_table_size('" + table + "'))"),
                    text("SELECT reltuples::bigint FROM pg_class WHERE relname = '" + table + "'"));
            for (String index : texts("SELECT indexname FROM pg_indexes WHERE tablename = '" + table + "' ORDER BY indexname")) {
                String levels = pageinspect ? text("SELECT level FROM bt_metap('" + index + "')") : "?";
                System.out.printf(Locale.ROOT, "%s | %s | %s | %s%n", index,
                        text("SELECT pg_size_pretty(pg_relation_size('" + index + "'))"),
                        text("SELECT reltuples::bigint FROM pg_class WHERE relname = '" + index + "'"), levels);
            }
        }
        System.out.println("database | " + text("SELECT pg_size_pretty(pg_database_size(current_database()))") + " | |");
    }

    private long single(String sql) throws SQLException {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String text(String sql) throws SQLException {
        List<String> values = texts(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> texts(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }
}
