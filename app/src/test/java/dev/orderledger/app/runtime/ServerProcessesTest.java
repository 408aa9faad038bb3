package dev.orderledger.app.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A stale pid file is checked against the process it names before anything is signalled. */
@EnabledOnOs(OS.LINUX)
class ServerProcessesTest {

    private static final List<ServerProcesses.Signal> QUICK_SHUTDOWN = List.of(
            new ServerProcesses.Signal("INT", Duration.ofSeconds(5)),
            new ServerProcesses.Signal("QUIT", Duration.ofSeconds(2)),
            new ServerProcesses.Signal("KILL", Duration.ofSeconds(5)));

    @TempDir
    Path dataDirectory;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() {
        started.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    @Test
    void aPidFileNamingAnUnrelatedLiveProcessLeavesItRunningAndIsRemovedAsStale() throws Exception {
        Process unrelated = start(new ProcessBuilder("sleep", "600"));
        Path pidFile = pidFileNaming(unrelated);

        ServerProcesses.stopLeftover(pidFile, new ServerProcesses.Server("postgres", dataDirectory), QUICK_SHUTDOWN);

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aProcessOfTheSameProgramInAnotherDirectoryIsNotTheServer() throws Exception {
        Path elsewhere = Files.createDirectories(dataDirectory.resolve("another-data-directory"));
        Process otherServer = start(new ProcessBuilder(fakeServer("postgres", "sleep").toString(), "600")
                .directory(elsewhere.toFile()));

        ServerProcesses.stopLeftover(pidFileNaming(otherServer), new ServerProcesses.Server("postgres", dataDirectory), QUICK_SHUTDOWN);

        assertThat(otherServer.isAlive()).isTrue();
    }

    @Test
    void theLeftoverServerItselfIsStoppedByTheFirstSignalAndWaitedFor() throws Exception {
        Process leftover = start(new ProcessBuilder(fakeServer("postgres", "sleep").toString(), "600")
                .directory(dataDirectory.toFile()));
        Path pidFile = pidFileNaming(leftover);

        long began = System.nanoTime();
        ServerProcesses.stopLeftover(pidFile, new ServerProcesses.Server("postgres", dataDirectory), QUICK_SHUTDOWN);

        assertThat(leftover.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("SIGINT ends it at once").isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aLeftoverThatIgnoresTheGentleSignalsIsKilledWithItsChildren() throws Exception {
        Process stubborn = start(new ProcessBuilder(fakeServer("postgres", "sh").toString(), "-c",
                "trap '' INT QUIT TERM; sleep 600 & wait; wait").directory(dataDirectory.toFile()));
        List<ProcessHandle> children = awaitChildren(stubborn);

        ServerProcesses.stopLeftover(pidFileNaming(stubborn), new ServerProcesses.Server("postgres", dataDirectory), QUICK_SHUTDOWN);

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return process;
    }

    /** A copy of a system program under the server's name, as a stand-in for the server's executable. */
    private Path fakeServer(String name, String program) throws IOException {
        Path bin = Files.createDirectories(dataDirectory.resolve("bin"));
        Path copy = bin.resolve(name);
        Files.copy(Path.of("/bin", program), copy, StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().setExecutable(true);
        return copy;
    }

    private Path pidFileNaming(Process process) throws IOException {
        return Files.writeString(dataDirectory.resolve("server.pid"), process.pid() + "\n" + dataDirectory + "\n");
    }

    private static List<ProcessHandle> awaitChildren(Process process) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> process.descendants().toList(), children -> !children.isEmpty());
    }
}
