package dev.orderledger.app.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One embedded PostgreSQL per data directory per JVM. The directory is kept between runs, so a
 * restart finds every event; it is initialised only when empty. Servers stop when the JVM exits, after
 * the application contexts using them have closed ({@link ServerUsers}); one left running by a JVM that
 * was killed is stopped before a new one starts. Every commit is
 * flushed to disk (fsync on), so an acknowledged write survives a power loss.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The superuser the embedded server is initialised with. */
    public static final String USER = "postgres";
    private static final String PID_FILE = "postmaster.pid";
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();
    /**
     * A leftover postmaster gets a fast shutdown (SIGINT: client sessions are ended, a checkpoint is
     * written), then an immediate one (SIGQUIT: crash recovery at the next start), then SIGKILL.
     */
    static final List<ServerProcesses.Signal> LEFTOVER_SHUTDOWN = List.of(
            new ServerProcesses.Signal("INT", Duration.ofSeconds(15)),
            new ServerProcesses.Signal("QUIT", Duration.ofSeconds(10)),
            new ServerProcesses.Signal("KILL", Duration.ofSeconds(10)));

    private final Path dataDirectory;
    private final EmbeddedPostgres postgres;
    private final ServerUsers users;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.users = ServerUsers.stoppedAtExit("postgres", this::stop);
    }

    /** The server for this data directory, started if it is not running yet. */
    public static EmbeddedPostgresServer on(Path dataDirectory) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), EmbeddedPostgresServer::start);
    }

    /**
     * The JDBC URL of the server already running on this data directory (another ledger's, on this
     * machine), read from its pid file, whose fourth line is the port; empty when none is running.
     * Such a server is used as it is, never stopped.
     */
    public static Optional<String> runningOn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        try {
            if (!ServerProcesses.runs(pidFile, serverOf(dataDirectory))) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.size() < 4 ? Optional.empty()
                    : Optional.of("jdbc:postgresql://localhost:" + Integer.parseInt(lines.get(3).trim()) + "/postgres?user=" + USER);
        } catch (IOException | NumberFormatException unreadable) {
            log.warn("Cannot read {}: {}", pidFile, unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static ServerProcesses.Server serverOf(Path dataDirectory) {
        return new ServerProcesses.Server("postgres", dataDirectory);
    }

    private static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            ServerProcesses.stopLeftover(dataDirectory.resolve(PID_FILE), serverOf(dataDirectory), LEFTOVER_SHUTDOWN);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // The library starts the server with -F (fsync off); each -c option comes after it on
                    // the command line, and the last setting of a parameter wins.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} (started in {} ms)", postgres.getPort(),
                    dataDirectory, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(dataDirectory, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public String username() {
        return USER;
    }

    /** The application contexts using this server. */
    ServerUsers users() {
        return users;
    }

    /** Stops the server; its data stays in the directory for the next start. */
    public void stop() {
        RUNNING.remove(dataDirectory, this);
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
            log.info("Embedded PostgreSQL with data in {} stopped", dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop embedded PostgreSQL in " + dataDirectory, e);
        }
    }
}
