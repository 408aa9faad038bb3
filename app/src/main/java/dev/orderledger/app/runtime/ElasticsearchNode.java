package dev.orderledger.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A single-node Elasticsearch on loopback, from the integ-test distribution that the build unpacks
 * under {@code var/dist}. One node per instance directory per JVM; it stops when the JVM
 * exits, after the application contexts using it have closed ({@link ServerUsers}). Elasticsearch
 * refuses to run as root, so a root launcher runs it as the system user
 * {@value #SERVICE_USER}, creating that user when needed.
 */
public final class ElasticsearchNode {

    static final String SERVICE_USER = "ledger-es";
    private static final Logger log = LoggerFactory.getLogger(ElasticsearchNode.class);
    private static final Map<Path, ElasticsearchNode> RUNNING = new ConcurrentHashMap<>();
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    /** The node's server process runs this class, in its logs directory. */
    private static final String MAIN_CLASS = "org.elasticsearch.bootstrap.Elasticsearch";
    /** A leftover node is asked to stop (SIGTERM), then killed. */
    private static final List<ServerProcesses.Signal> LEFTOVER_SHUTDOWN = List.of(
            new ServerProcesses.Signal("TERM", Duration.ofSeconds(30)),
            new ServerProcesses.Signal("KILL", Duration.ofSeconds(10)));

    private final Path instanceDirectory;
    private final Process process;
    private final String url;
    private final ServerUsers users;

    private ElasticsearchNode(Path instanceDirectory, Process process, String url) {
        this.instanceDirectory = instanceDirectory;
        this.process = process;
        this.url = url;
        this.users = ServerUsers.stoppedAtExit("elasticsearch", this::stop);
    }

    /** The node keeping its config, data and logs in this directory, started if not running yet. */
    public static ElasticsearchNode on(Path distribution, Path instanceDirectory, String heap) {
        Path home = distribution.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(instanceDirectory.toAbsolutePath().normalize(),
                directory -> start(home, directory, heap));
    }

    public String url() {
        return url;
    }

    /** The application contexts using this node. */
    ServerUsers users() {
        return users;
    }

    private static ElasticsearchNode start(Path home, Path requested, String heap) {
        Path instance = requested;
        if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
            throw new IllegalStateException("No Elasticsearch distribution at " + home + ". The build unpacks it "
                    + "(./mvnw package); or set ledger.elasticsearch.url to use a running cluster.");
        }
        try {
            boolean root = ServerProcesses.runningAsRoot();
            if (root) {
                ensureServiceUser();
                home = readableByServiceUser(home);
                instance = reachableByServiceUser(instance);
            }
            Path config = instance.resolve("config");
            Files.createDirectories(instance.resolve("data"));
            Files.createDirectories(instance.resolve("logs"));
            if (!Files.exists(config)) {
                copyTree(home.resolve("config"), config);
            }
            if (root) {
                run("chown", "-R", SERVICE_USER, instance.toString());
                requireServiceUserCanWrite(instance);
            }
            Path pidFile = instance.resolve("elasticsearch.pid");
            ServerProcesses.stopLeftover(pidFile, new ServerProcesses.Server(MAIN_CLASS, instance.resolve("logs")), LEFTOVER_SHUTDOWN);
            Files.deleteIfExists(pidFile);

            int httpPort = ServerProcesses.freePort();
            int transportPort = ServerProcesses.freePort();
            List<String> command = new ArrayList<>();
            if (root) {
                command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
            }
            command.addAll(List.of("env",
                    "ES_JAVA_HOME=" + System.getProperty("java.home"),
                    "ES_PATH_CONF=" + config,
                    "ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                    home.resolve("bin/elasticsearch").toString(),
                    "-E", "cluster.name=order-ledger",
                    "-E", "node.name=ledger-node",
                    "-E", "discovery.type=single-node",
                    "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1",
                    "-E", "http.port=" + httpPort,
                    "-E", "transport.port=" + transportPort,
                    "-E", "path.data=" + instance.resolve("data"),
                    "-E", "path.logs=" + instance.resolve("logs"),
                    "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                    "-p", pidFile.toString()));
            Path console = instance.resolve("logs/console.log");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .directory(instance.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .start();
            ElasticsearchNode node = new ElasticsearchNode(requested, process, "http://127.0.0.1:" + httpPort);
            node.awaitHealthy(console);
            log.info("Elasticsearch on {} with data in {} (started in {} ms)", node.url, instance,
                    (System.nanoTime() - started) / 1_000_000);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Elasticsearch in " + instance, e);
        }
    }

    /** Waits for {@code /_cluster/health} (the root path answers 405 on this distribution). */
    private void awaitHealthy(Path console) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n" + tail(console));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
        }
        stop();
        throw new IllegalStateException("Elasticsearch was not healthy within " + STARTUP_LIMIT + ":\n" + tail(console));
    }

    /** Stops the node (SIGTERM to the whole process tree) and waits for it to exit. */
    public void stop() {
        RUNNING.remove(instanceDirectory, this);
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        log.info("Elasticsearch with data in {} stopped", instanceDirectory);
    }

    private static void ensureServiceUser() throws IOException {
        if (run("id", "-u", SERVICE_USER) != 0
                && run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER) != 0) {
            throw new IllegalStateException("cannot create the system user " + SERVICE_USER + " to run Elasticsearch");
        }
    }

    /**
     * The service user must be able to reach the distribution; when it cannot (a checkout under
     * /root, say), a copy goes to a shared temporary directory once.
     */
    private static Path readableByServiceUser(Path home) throws IOException {
        if (run("runuser", "-u", SERVICE_USER, "--", "test", "-x", home.resolve("bin/elasticsearch").toString()) == 0) {
            return home;
        }
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "order-ledger", home.getFileName().toString());
        if (!Files.isExecutable(copy.resolve("bin/elasticsearch"))) {
            copyTree(home, copy);
        }
        run("chmod", "-R", "a+rX", copy.getParent().toString());
        return copy;
    }

    /**
     * The node's directory must be reachable by the service user; under a private home directory it
     * is not, and the node then keeps its data in the shared temporary directory instead.
     */
    private static Path reachableByServiceUser(Path instance) throws IOException {
        Path parent = instance.getParent();
        Files.createDirectories(parent);
        if (run("runuser", "-u", SERVICE_USER, "--", "test", "-x", parent.toString()) == 0) {
            return instance;
        }
        Path elsewhere = Path.of(System.getProperty("java.io.tmpdir"), "order-ledger-nodes",
                Integer.toHexString(instance.toString().hashCode()));
        log.warn("The user {} cannot reach {}; the Elasticsearch node keeps its data in {}", SERVICE_USER, instance, elsewhere);
        Files.createDirectories(elsewhere);
        run("chmod", "a+rx", elsewhere.getParent().toString());
        return elsewhere;
    }

    private static void requireServiceUserCanWrite(Path instance) throws IOException {
        if (run("runuser", "-u", SERVICE_USER, "--", "test", "-w", instance.toString()) != 0) {
            throw new IllegalStateException("the user " + SERVICE_USER + " cannot reach " + instance
                    + "; point ledger.elasticsearch.data-dir at a directory outside private home directories");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static int run(String... command) throws IOException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }

    private static String tail(Path console) {
        try {
            List<String> lines = Files.readAllLines(console);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console output: " + e.getMessage() + ")";
        }
    }
}
