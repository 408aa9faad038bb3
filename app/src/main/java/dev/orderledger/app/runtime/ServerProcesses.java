package dev.orderledger.app.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Helpers for the local server processes the embedded runtime owns. */
final class ServerProcesses {

    private static final Logger log = LoggerFactory.getLogger(ServerProcesses.class);
    private static final Path PROC = Path.of("/proc");

    private ServerProcesses() {
    }

    /**
     * How to recognise a server in {@code /proc}: one of its arguments is {@code command} or ends
     * with {@code /command} (the executable, or a main class), and it runs in {@code workingDirectory}
     * (PostgreSQL in its data directory, Elasticsearch in its logs directory).
     */
    record Server(String command, Path workingDirectory) {

        boolean is(List<String> arguments, Path directory) {
            return directory.equals(realPath(workingDirectory))
                    && arguments.stream().anyMatch(argument -> argument.equals(command) || argument.endsWith("/" + command));
        }
    }

    /** One step of a shutdown: send this signal, then wait this long for the process to exit. */
    record Signal(String name, Duration patience) {
    }

    /**
     * A server left running by a ledger that was killed still holds its data directory. When the
     * pid file names a live process that really is that server, it is sent each signal in turn until
     * it exits (its child processes too, if it had to be killed), and this returns once it is gone.
     * A pid file naming some other process is stale (the server that wrote it is dead and its pid
     * was reused): that process is left alone and the pid file removed. Without {@code /proc} nothing
     * can be checked, and nothing is signalled.
     */
    static void stopLeftover(Path pidFile, Server server, List<Signal> shutdown) throws IOException {
        Optional<ProcessHandle> named = liveProcessOf(pidFile);
        if (named.isEmpty()) {
            return;
        }
        ProcessHandle process = named.get();
        Optional<Boolean> isServer = isServer(process.pid(), server);
        if (isServer.isEmpty()) {
            log.warn("Cannot tell whether process {} named by {} is the server; leaving it alone", process.pid(), pidFile);
        } else if (!isServer.get()) {
            log.warn("{} names process {}, which is not the server; the file is stale and removed", pidFile, process.pid());
            Files.deleteIfExists(pidFile);
        } else {
            stop(process, shutdown);
        }
    }

    /**
     * Whether the pid file names a live process that is that server (false too when it cannot be told).
     */
    static boolean runs(Path pidFile, Server server) throws IOException {
        return liveProcessOf(pidFile).flatMap(process -> isServer(process.pid(), server)).orElse(false);
    }

    private static Optional<ProcessHandle> liveProcessOf(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    private static void stop(ProcessHandle process, List<Signal> shutdown) throws IOException {
        List<ProcessHandle> children = process.descendants().toList();
        long started = System.nanoTime();
        for (Signal signal : shutdown) {
            if (!process.isAlive()) {
                break;
            }
            log.info("Stopping the leftover server process {} with SIG{}", process.pid(), signal.name());
            send(signal.name(), process);
            awaitExit(process, signal.patience());
        }
        if (process.isAlive()) {
            throw new IOException("the leftover server process " + process.pid() + " did not stop");
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroyForcibly();
                awaitExit(child, Duration.ofSeconds(10));
            }
        }
        log.info("The leftover server process {} stopped in {} ms", process.pid(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether the process is that server; empty when its command line or directory cannot be read. */
    static Optional<Boolean> isServer(long pid, Server server) {
        Path process = PROC.resolve(Long.toString(pid));
        try {
            String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            Path directory = process.resolve("cwd").toRealPath();
            return Optional.of(server.is(Arrays.asList(commandLine.split("\0")), directory));
        } catch (IOException | SecurityException unreadable) {
            return Files.isDirectory(process) || !Files.isDirectory(PROC) ? Optional.empty() : Optional.of(false);
        }
    }

    private static void send(String signal, ProcessHandle process) throws IOException {
        if ("KILL".equals(signal)) {
            process.destroyForcibly();
            return;
        }
        if ("TERM".equals(signal)) {
            process.destroy();
            return;
        }
        try {
            int exit = new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            if (exit != 0 && process.isAlive()) {
                log.warn("kill -s {} {} exited with {}", signal, process.pid(), exit);
            }
        } catch (IOException noKillCommand) {
            log.warn("cannot run kill ({}); sending SIGTERM instead of SIG{}", noKillCommand.getMessage(), signal);
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted signalling process " + process.pid(), e);
        }
    }

    private static void awaitExit(ProcessHandle process, Duration patience) throws IOException {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            // the next signal is stronger
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for process " + process.pid(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("could not wait for process " + process.pid(), e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            return Optional.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            return directory.toAbsolutePath().normalize();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
