package dev.orderledger.app.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded PostgreSQL as the ledger runs it: every commit reaches the disk, and a server left
 * behind by a ledger killed with a client still connected does not stop the next start.
 */
class EmbeddedPostgresServerIT {

    @TempDir
    Path work;

    private Path dataDirectory;

    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void chooseTheDataDirectory() {
        dataDirectory = work.resolve("postgres");
    }

    @AfterEach
    void stopEverything() {
        children.forEach(Process::destroyForcibly);
        servers.forEach(EmbeddedPostgresServer::stop);
    }

    @Test
    void everyCommitIsFlushedToDiskWithFullPagesInTheWriteAheadLog() {
        JdbcTemplate jdbc = jdbc(start().jdbcUrl());

        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
    }

    @Test
    void aServerLeftByAKilledLedgerWithAClientConnectedIsStoppedAndTheNextStartIsPrompt() throws Exception {
        Process ledger = startChild();
        String jdbcUrl = awaitJdbcUrl(ledger);
        try (Connection client = DriverManager.getConnection(jdbcUrl)) {
            client.createStatement().execute("CREATE TABLE acknowledged (id int primary key); INSERT INTO acknowledged VALUES (1)");
            long leftover = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());

            ledger.destroyForcibly().waitFor();
            assertThat(ProcessHandle.of(leftover)).as("the postmaster outlives its ledger").hasValueSatisfying(
                    postmaster -> assertThat(postmaster.isAlive()).isTrue());

            long began = System.nanoTime();
            EmbeddedPostgresServer restarted = start();
            Duration startup = Duration.ofNanos(System.nanoTime() - began);

            assertThat(startup).as("stopping the leftover and starting again").isLessThan(Duration.ofSeconds(20));
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
            assertThatThrownBy(() -> client.createStatement().execute("SELECT 1"))
                    .as("the client's session was ended by the fast shutdown").isInstanceOf(SQLException.class);
            assertThat(jdbc(restarted.jdbcUrl()).queryForObject("SELECT count(*) FROM acknowledged", Long.class))
                    .isEqualTo(1L);
        }
    }

    @Test
    void aServerAnotherLedgerRunsOnTheDataDirectoryIsFoundAndLeftRunning() throws Exception {
        assertThat(EmbeddedPostgresServer.runningOn(dataDirectory)).as("nothing runs there yet").isEmpty();
        Process ledger = startChild();
        String jdbcUrl = awaitJdbcUrl(ledger);
        jdbc(jdbcUrl).execute("CREATE TABLE seen (id int primary key); INSERT INTO seen VALUES (7)");

        String found = EmbeddedPostgresServer.runningOn(dataDirectory).orElseThrow();

        assertThat(jdbc(found).queryForObject("SELECT id FROM seen", Integer.class)).isEqualTo(7);
        assertThat(ledger.isAlive()).isTrue();
        assertThat(jdbc(jdbcUrl).queryForObject("SELECT count(*) FROM seen", Long.class))
                .as("the other ledger's server still serves").isEqualTo(1L);
        ledger.destroyForcibly().waitFor();
        start(); // stops the server the killed ledger left, so that nothing outlives the test
    }

    private EmbeddedPostgresServer start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.on(dataDirectory);
        servers.add(server);
        return server;
    }

    private Process startChild() throws IOException {
        Path output = work.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedPostgresChild.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        children.add(child);
        return child;
    }

    private String awaitJdbcUrl(Process child) {
        Path output = work.resolve("child.log");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(child.isAlive()).as("the child JVM runs").isTrue();
            return Files.readAllLines(output).stream().filter(line -> line.startsWith(EmbeddedPostgresChild.READY))
                    .map(line -> line.substring(EmbeddedPostgresChild.READY.length())).findFirst().orElse(null);
        }, url -> url != null);
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new SingleConnectionDataSource(url, true));
    }
}
