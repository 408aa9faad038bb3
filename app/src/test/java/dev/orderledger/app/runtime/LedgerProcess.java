package dev.orderledger.app.runtime;

import dev.orderledger.app.support.LedgerClient;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The packaged ledger ({@code target/order-ledger.jar}, built by {@code package} before the
 * integration tests run) as a child process, with its embedded PostgreSQL and Elasticsearch in a
 * data directory of its own, on a fixed port across restarts. Its output goes to
 * {@code ledger.log} next to the data directory.
 */
final class LedgerProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "order-ledger.jar").toAbsolutePath();
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    private static final Pattern STORES = Pattern.compile("Stores: PostgreSQL \\S+ and Elasticsearch (http\\S+)");

    private final Path dataDirectory;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    LedgerProcess(Path dataDirectory, int port, List<String> arguments) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.log = logOf(this.dataDirectory);
    }

    /** A fresh data directory (and log): what a killed run left there is stopped and removed first. */
    static Path freshDataDirectory(Path directory) throws IOException {
        stopLeftovers(directory);
        Files.deleteIfExists(logOf(directory.toAbsolutePath()));
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        return Files.createDirectories(directory);
    }

    /** A port nothing listens on now, for a ledger to listen on. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path logOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-ledger.log");
    }

    /** Kills the PostgreSQL and Elasticsearch that a ledger on this data directory left running. */
    private static void stopLeftovers(Path directory) throws IOException {
        Path postgres = directory.resolve("postgres");
        Path elasticsearch = directory.resolve("elasticsearch");
        List<ServerProcesses.Signal> kill = List.of(new ServerProcesses.Signal("KILL", Duration.ofSeconds(10)));
        ServerProcesses.stopLeftover(postgres.resolve("postmaster.pid"), new ServerProcesses.Server("postgres", postgres), kill);
        ServerProcesses.stopLeftover(elasticsearch.resolve("elasticsearch.pid"), new ServerProcesses.Server(
                "org.elasticsearch.bootstrap.Elasticsearch", elasticsearch.resolve("logs")), kill);
    }

    /** Starts the ledger and waits until it is ready for traffic; answers how long that took. */
    Duration start() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the packaged ledger is built by `./mvnw package` (verify runs it first)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the child starts four times: the quick compiler only, to start sooner
                "-XX:TieredStopAtLevel=1", "-Xmx768m", "-jar", JAR.toString(),
                "--server.port=" + port, "--ledger.data-dir=" + dataDirectory,
                // ready only once the start-up runners (the bootstrap admin) have run
                "--management.endpoint.health.probes.enabled=true"));
        String distribution = System.getProperty("ledger.elasticsearch.distribution");
        if (distribution != null) {
            command.add("--ledger.elasticsearch.distribution=" + distribution);
        }
        command.addAll(arguments);
        long began = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        LedgerClient api = client();
        await().atMost(STARTUP_LIMIT).pollInterval(Duration.ofMillis(250)).ignoreException(UncheckedIOException.class).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger exited with " + process.exitValue() + ":\n" + tail());
            }
            return api.get("/actuator/health/readiness").send().status() == 200;
        });
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /**
     * Stops the ledger as Ctrl-C would (SIGTERM: its PostgreSQL and Elasticsearch stop with it) and waits for
     * it to exit; answers the lines it printed meanwhile.
     */
    List<String> stop() throws IOException {
        long printed;
        try (Stream<String> lines = Files.lines(log)) {
            printed = lines.count();
        }
        process.destroy();
        await().atMost(Duration.ofSeconds(90)).until(() -> !process.isAlive());
        try (Stream<String> lines = Files.lines(log)) {
            return lines.skip(printed).toList();
        }
    }

    /** kill -9: the JVM dies at once, and its PostgreSQL and Elasticsearch are left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** kill -9 of the embedded PostgreSQL's postmaster, found from its pid file; returns once it is gone. */
    void killPostmaster() {
        ProcessHandle.of(Long.parseLong(postmasterFile().get(0).trim())).ifPresent(postmaster -> {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        });
    }

    /** The embedded PostgreSQL's JDBC URL, from its pid file (line 4 is the port). */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postmasterFile().get(3).trim() + "/postgres?user=postgres";
    }

    private List<String> postmasterFile() {
        try {
            return Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the Elasticsearch node the ledger uses, as it logged it once ready. */
    String elasticsearchUrl() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(STORES::matcher).filter(Matcher::find).reduce((first, last) -> last)
                    .map(found -> found.group(1))
                    .orElseThrow(() -> new IllegalStateException("the ledger did not log its stores"));
        }
    }

    LedgerClient client() {
        return new LedgerClient(port);
    }

    /** How many lines the ledger printed, in all its runs, that contain this text. */
    long linesContaining(String text) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    /** The last lines the ledger printed. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * Stops the ledger as Ctrl-C would (its PostgreSQL and Elasticsearch with it), or kills what is
     * left; the data directory stays for a look.
     */
    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
            }
        } finally {
            if (process != null) {
                process.destroyForcibly().waitFor();
            }
            stopLeftovers(dataDirectory);
        }
    }
}
