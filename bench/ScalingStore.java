import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Grows a ledger's event store to a given size by cloning the history it holds (the "template": the
 * events a real run of the ledger left, e.g. after the placement benchmark). {@code ScalingQueries.java}
 * times Axon's queries on it. See bench/README.md ("Scaling the event store") and docs/scaling.md.
 *
 * <pre>
 * java -cp postgresql.jar bench/ScalingStore.java clone   --jdbc URL --events 10000000
 * </pre>
 *
 * Clone k (1, 2, ...) is an isomorphic copy of the template appended after everything before it: every
 * identifier inside its JSON strings and in the identifier columns is rewritten so that no two clones
 * share one (UUIDs, 19-digit order ids, the users' 8-digit ids, 32-hex digests, the names the benchmark
 * chose), and every instant moves forward by k times the template's span, so the store's time order
 * follows its global index and each order id's seconds match its events. The platform accounts are the
 * exception, as in a real ledger: their 16 shards per kind stay shared, so clone k continues their
 * streams (sequence numbers go on, {@code balanceAfter} adds k times the template's final balance, the
 * account is not opened again) and they end with one snapshot each. Global indexes keep the template's
 * gaps. Sagas and deadlines are not cloned: the clones are history, not processes still running.
 */
public class ScalingStore {

    static final String MARKER = "scaling_store_clones";
    static final Pattern TOKEN = Pattern.compile(
            "(?<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
            + "|(?<instant>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?=[.Z])"
            + "|(?<![0-9A-Za-z])(?<digest>[0-9a-f]{32})(?![0-9A-Za-z])"
            + "|(?<![0-9])(?<order>\\d{19})(?![0-9])"
            + "|(?<![0-9])(?<user>1\\d{7})(?![0-9])"
            + "|(?<name>NAME)");
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, type, eventidentifier, metadata, "
                                  + "payload, payloadrevision, payloadtype, timestamp";
    static final String OPENED = "dev.orderledger.api.account.AccountOpenedEvent";
    static final String ACCOUNT_SNAPSHOT = "dev.orderledger.command.account.Account";
    static final Pattern BALANCE_AFTER = Pattern.compile("\"balanceAfter\":\\{\"amount\":\"(-?[0-9.]+)\"");
    static final Pattern BALANCE = Pattern.compile("\"balance\":\\{\"amount\":\"(-?[0-9.]+)\"");

    record Row(long globalIndex, String aggregate, long sequence, String type, String eventId, String metadata,
               String payload, String revision, String payloadType, String timestamp) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (args.length == 0 || !options.containsKey("jdbc")) {
            System.out.println("usage: java -cp postgresql.jar bench/ScalingStore.java clone --jdbc URL"
                               + " [--user postgres] [--events N] [--names REGEX]");
            System.exit(2);
        }
        try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""))) {
            switch (args[0]) {
                case "clone" -> new Cloner(db, options).growTo(Long.parseLong(options.getOrDefault("events", "10000000")));
                default -> throw new IllegalArgumentException("no command " + args[0]);
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Appends clones of the template until the store holds the events asked for. */
    static final class Cloner {
        private final Connection db;
        private final String names;
        private Pattern tokens;
        private final Set<String> users = new HashSet<>();
        private List<Row> template;
        private List<Row> snapshots;
        private long templateHead;
        private long spanSeconds;
        private long userStride;
        private final Map<String, long[]> shared = new HashMap<>(); // platform account -> {events, events not opening it}
        private final Map<String, BigDecimal> finalBalance = new HashMap<>();

        Cloner(Connection db, Map<String, String> options) throws SQLException {
            this.db = db;
            this.names = options.get("names");
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT id FROM user_account")) {
                while (rows.next()) {
                    users.add(Long.toString(rows.getLong(1)));
                }
            }
        }

        void growTo(long events) throws SQLException, IOException {
            db.setAutoCommit(false);
            execute(db, "CREATE TABLE IF NOT EXISTS " + MARKER + " (template_head BIGINT NOT NULL, span_seconds BIGINT NOT NULL,"
                        + " user_stride BIGINT NOT NULL, clones INT NOT NULL)");
            if (single(db, "SELECT count(*) FROM " + MARKER) == 0) {
                long head = single(db, "SELECT max(globalindex) FROM domainevententry");
                long span = single(db, "SELECT ceil(extract(epoch FROM max(timestamp::timestamptz) - min(timestamp::timestamptz)))"
                                       + " FROM domainevententry") + 60;
                long maxUser = users.stream().mapToLong(Long::parseLong).max().orElse(10_000_000) - 10_000_000;
                long stride = Math.max(1000, (long) Math.pow(10, Math.ceil(Math.log10(maxUser + 1))));
                execute(db, "INSERT INTO " + MARKER + " VALUES (" + head + ", " + span + ", " + stride + ", 0)");
            }
            long[] marker = new long[4];
            try (Statement statement = db.createStatement();
                 ResultSet row = statement.executeQuery("SELECT template_head, span_seconds, user_stride, clones FROM " + MARKER)) {
                row.next();
                for (int i = 0; i < 4; i++) {
                    marker[i] = row.getLong(i + 1);
                }
            }
            templateHead = marker[0];
            spanSeconds = marker[1];
            userStride = marker[2];
            int clones = (int) marker[3];
            loadTemplate();
            long count = single(db, "SELECT count(*) FROM domainevententry");
            System.out.printf(Locale.ROOT, "template: %d events (global index up to %d), %d snapshots, span %d s, %d users (stride %d),"
                              + " %d platform accounts shared; store now %d events, %d clones%n", template.size(), templateHead,
                    snapshots.size(), spanSeconds, users.size(), userStride, shared.size(), count, clones);
            db.commit();
            if (count >= events) {
                return;
            }
            long started = System.nanoTime();
            long startCount = count;
            dropSecondaryIndexes();
            while (count < events) {
                clones++;
                count += appendClone(clones);
                execute(db, "UPDATE " + MARKER + " SET clones = " + clones);
                db.commit();
                if (clones % 20 == 0) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf(Locale.ROOT, "clone %d: %d events, %.0f events/s%n", clones, count, (count - startCount) / seconds);
                }
            }
            writeSharedSnapshots(clones);
            execute(db, "SELECT setval('domainevententry_globalindex_seq', (SELECT max(globalindex) FROM domainevententry))");
            long head = single(db, "SELECT max(globalindex) FROM domainevententry");
            // every processor starts at the new head: sagas and notifications must not act on the clones;
            // a projection rebuild resets its own token to the start
            execute(db, "UPDATE tokenentry SET token = convert_to('{\"index\":" + head + ",\"gaps\":[]}', 'UTF8'),"
                        + " tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL");
            db.commit();
            double cloneSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "appended %d events in %.1f s (%.0f events/s); rebuilding the indexes...%n",
                    count - startCount, cloneSeconds, (count - startCount) / cloneSeconds);
            long indexing = System.nanoTime();
            createSecondaryIndexes();
            db.commit();
            db.setAutoCommit(true);
            execute(db, "VACUUM ANALYZE domainevententry");
            execute(db, "VACUUM ANALYZE snapshotevententry");
            System.out.printf(Locale.ROOT, "store: %d events, head %d, %d clones; indexes and analyze %.1f s, total %.1f s%n",
                    count, head, clones, (System.nanoTime() - indexing) / 1e9, (System.nanoTime() - started) / 1e9);
        }

        private void loadTemplate() throws SQLException {
            template = read("SELECT " + COLUMNS + " FROM domainevententry WHERE globalindex <= " + templateHead + " ORDER BY globalindex");
            Set<String> aggregates = new HashSet<>();
            for (Row row : template) {
                aggregates.add(row.aggregate());
                if (isShared(row.aggregate())) {
                    long[] counts = shared.computeIfAbsent(row.aggregate(), a -> new long[2]);
                    counts[0]++;
                    if (!row.payloadType().equals(OPENED)) {
                        counts[1]++;
                    }
                    Matcher balance = BALANCE_AFTER.matcher(row.payload());
                    if (balance.find()) {
                        finalBalance.put(row.aggregate(), new BigDecimal(balance.group(1)));
                    }
                }
            }
            tokens = Pattern.compile(TOKEN.pattern().replace("NAME", names != null ? names : runIds()));
            snapshots = new ArrayList<>();
            for (Row snapshot : read("SELECT 0, aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                                     + " payloadrevision, payloadtype, timestamp FROM snapshotevententry")) {
                if (aggregates.contains(snapshot.aggregate()) && !isShared(snapshot.aggregate())) {
                    snapshots.add(snapshot);
                }
            }
        }

        /**
         * The names the benchmark chose carry its run id ("bench-mxbr2sggb5-23", "flash-mxbr2sggb5-s1"): the run
         * ids of the template's products, as an alternation (each clone appends "c" and its number to them).
         */
        private String runIds() {
            Pattern productId = Pattern.compile("\"productId\":\"[a-z]+-([a-z0-9]{6,})-");
            Set<String> ids = new HashSet<>();
            for (Row row : template) {
                Matcher m = productId.matcher(row.payload());
                if (row.payloadType().endsWith(".ProductCreatedEvent") && m.find()) {
                    ids.add(m.group(1));
                }
            }
            System.out.println("names rewritten: the run ids " + ids);
            return ids.isEmpty() ? "(?!)" : String.join("|", ids);
        }

        private List<Row> read(String sql) throws SQLException {
            List<Row> rows = new ArrayList<>();
            try (Statement statement = db.createStatement(); ResultSet r = statement.executeQuery(sql)) {
                while (r.next()) {
                    rows.add(new Row(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                            text(r.getBytes(6)), text(r.getBytes(7)), r.getString(8), r.getString(9), r.getString(10)));
                }
            }
            return rows;
        }

        private static boolean isShared(String aggregate) {
            return aggregate.startsWith("platform-");
        }

        /** Clone k of the template, one COPY; returns the events appended. */
        private long appendClone(int k) throws SQLException, IOException {
            Rewrite rewrite = new Rewrite(k);
            Map<String, Long> nextSequence = new HashMap<>();
            StringBuilder out = new StringBuilder(1 << 20);
            CopyIn copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI()
                    .copyIn("COPY domainevententry (" + COLUMNS + ") FROM STDIN");
            long appended = 0;
            for (Row row : template) {
                Row clone;
                if (isShared(row.aggregate())) {
                    if (row.payloadType().equals(OPENED)) {
                        continue;
                    }
                    long[] counts = shared.get(row.aggregate());
                    long sequence = nextSequence.merge(row.aggregate(), 1L, Long::sum) - 1 + counts[0] + (k - 1) * counts[1];
                    String payload = shiftBalance(rewrite.json(row.payload()), BALANCE_AFTER, "\"balanceAfter\":{\"amount\":\"",
                            finalBalance.getOrDefault(row.aggregate(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(k)));
                    clone = new Row(row.globalIndex() + k * templateHead, row.aggregate(), sequence, row.type(),
                            rewrite.text(row.eventId()), rewrite.json(row.metadata()), payload, row.revision(), row.payloadType(),
                            rewrite.text(row.timestamp()));
                } else {
                    clone = rewrite.row(row, row.globalIndex() + k * templateHead);
                }
                line(out, clone, true);
                appended++;
                if (out.length() > (1 << 20)) {
                    flush(copy, out);
                }
            }
            flush(copy, out);
            copy.endCopy();
            if (!snapshots.isEmpty()) {
                CopyIn snapshotCopy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                        "COPY snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                        + " payloadrevision, payloadtype, timestamp) FROM STDIN");
                for (Row snapshot : snapshots) {
                    line(out, rewrite.row(snapshot, 0), false);
                }
                flush(snapshotCopy, out);
                snapshotCopy.endCopy();
            }
            return appended;
        }

        /**
         * One snapshot per shared platform account at the end of its stream, as Axon keeps them (the latest
         * only): its state is the account and its balance, the final balanceAfter of its stream.
         */
        private void writeSharedSnapshots(int clones) throws SQLException, IOException {
            execute(db, "DELETE FROM snapshotevententry WHERE aggregateidentifier LIKE 'platform-%'");
            StringBuilder out = new StringBuilder();
            Rewrite last = new Rewrite(clones);
            for (Map.Entry<String, long[]> account : shared.entrySet()) {
                String id = account.getKey();
                Row lastEvent = null;
                for (Row row : template) {
                    if (row.aggregate().equals(id)) {
                        lastEvent = row;
                    }
                }
                BigDecimal balance = finalBalance.getOrDefault(id, BigDecimal.ZERO).multiply(BigDecimal.valueOf(clones + 1L));
                String currency = lastEvent.payload().replaceFirst(".*\"currency\":\"([A-Z]{3})\".*", "$1");
                String payload = "{\"accountId\":\"" + id + "\",\"balance\":{\"amount\":\"" + balance.toPlainString()
                                 + "\",\"currency\":\"" + currency + "\"}}";
                long sequence = account.getValue()[0] + (long) clones * account.getValue()[1] - 1;
                line(out, new Row(0, id, sequence, "Account", UUID.nameUUIDFromBytes((id + "@" + sequence).getBytes(StandardCharsets.UTF_8))
                        .toString(), "{}", payload, null, ACCOUNT_SNAPSHOT, last.text(lastEvent.timestamp())), false);
            }
            CopyIn copy = ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                    "COPY snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,"
                    + " payloadrevision, payloadtype, timestamp) FROM STDIN");
            flush(copy, out);
            copy.endCopy();
        }

        private static String shiftBalance(String payload, Pattern field, String prefix, BigDecimal by) {
            Matcher m = field.matcher(payload);
            if (!m.find() || by.signum() == 0) {
                return payload;
            }
            BigDecimal before = new BigDecimal(m.group(1));
            BigDecimal after = before.add(by).setScale(before.scale());
            return payload.substring(0, m.start()) + prefix + after.toPlainString() + payload.substring(m.end(1));
        }

        private void dropSecondaryIndexes() throws SQLException {
            execute(db, "ALTER TABLE domainevententry DROP CONSTRAINT IF EXISTS domainevententry_aggregate_sequence");
            execute(db, "ALTER TABLE domainevententry DROP CONSTRAINT IF EXISTS domainevententry_event_id");
            execute(db, "DROP INDEX IF EXISTS domainevententry_journal_by_time");
            db.commit();
        }

        private void createSecondaryIndexes() throws SQLException {
            execute(db, "SET maintenance_work_mem = '1GB'");
            execute(db, "ALTER TABLE domainevententry ADD CONSTRAINT domainevententry_aggregate_sequence"
                        + " UNIQUE (aggregateidentifier, sequencenumber)");
            execute(db, "ALTER TABLE domainevententry ADD CONSTRAINT domainevententry_event_id UNIQUE (eventidentifier)");
            execute(db, "CREATE INDEX domainevententry_journal_by_time ON domainevententry (timestamp)"
                        + " WHERE payloadtype = 'dev.orderledger.api.account.TransferRecordedEvent'");
        }

        /** The identifiers and instants of clone k. */
        final class Rewrite {
            private final int k;
            private final Map<String, String> memo = new HashMap<>();

            Rewrite(int k) {
                this.k = k;
            }

            Row row(Row row, long globalIndex) {
                return new Row(globalIndex, text(row.aggregate()), row.sequence(), row.type(), text(row.eventId()),
                        json(row.metadata()), json(row.payload()), row.revision(), row.payloadType(), text(row.timestamp()));
            }

            /** Rewrites inside JSON string literals only: numbers (quantities, stock levels) stay as they are. */
            String json(String json) {
                if (json == null) {
                    return null;
                }
                StringBuilder out = new StringBuilder(json.length() + 64);
                int i = 0;
                while (i < json.length()) {
                    int open = json.indexOf('"', i);
                    if (open < 0) {
                        out.append(json, i, json.length());
                        break;
                    }
                    int close = open + 1;
                    while (json.charAt(close) != '"') {
                        close += json.charAt(close) == '\\' ? 2 : 1;
                    }
                    out.append(json, i, open + 1).append(text(json.substring(open + 1, close))).append('"');
                    i = close + 1;
                }
                return out.toString();
            }

            String text(String value) {
                if (value == null || value.length() < 8) {
                    return value;
                }
                Matcher m = tokens.matcher(value);
                if (!m.find()) {
                    return value;
                }
                StringBuilder out = new StringBuilder(value.length() + 16);
                int last = 0;
                do {
                    out.append(value, last, m.start()).append(replacement(m));
                    last = m.end();
                } while (m.find());
                return out.append(value, last, value.length()).toString();
            }

            private String replacement(Matcher m) {
                if (m.group("uuid") != null) {
                    return memo.computeIfAbsent(m.group("uuid"),
                            u -> UUID.nameUUIDFromBytes((k + ":" + u).getBytes(StandardCharsets.UTF_8)).toString());
                }
                if (m.group("instant") != null) {
                    return LocalDateTime.parse(m.group("instant")).plusSeconds(k * spanSeconds).format(SECONDS);
                }
                if (m.group("digest") != null) {
                    return memo.computeIfAbsent(m.group("digest"), d -> md5(k + ":" + d));
                }
                if (m.group("order") != null) {
                    return Long.toString(Long.parseLong(m.group("order")) + k * spanSeconds * 1_000_000_000L);
                }
                if (m.group("user") != null) {
                    return users.contains(m.group("user")) ? Long.toString(Long.parseLong(m.group("user")) + k * userStride)
                            : m.group("user");
                }
                return m.group("name") + "c" + k;
            }
        }
    }

    static String md5(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** One row in COPY's text format; bytea columns as hexadecimal. */
    static void line(StringBuilder out, Row row, boolean withGlobalIndex) {
        if (withGlobalIndex) {
            out.append(row.globalIndex()).append('\t');
        }
        out.append(escape(row.aggregate())).append('\t').append(row.sequence()).append('\t').append(escape(row.type()))
                .append('\t').append(escape(row.eventId())).append('\t').append(bytea(row.metadata())).append('\t')
                .append(bytea(row.payload())).append('\t').append(escape(row.revision())).append('\t')
                .append(escape(row.payloadType())).append('\t').append(escape(row.timestamp())).append('\n');
    }

    static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String bytea(String value) {
        return value == null ? "\\N" : "\\\\x" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
    }

    static void flush(CopyIn copy, StringBuilder out) throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }
}
