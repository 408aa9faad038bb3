package dev.orderledger.finance;

import dev.orderledger.app.OrderLedgerApplication;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance's command line as an operator runs it beside a live ledger: the ledger's own main class
 * and data directory, with the ledger still running on that directory's database. It starts neither
 * a second database nor the search node, web server or processes, replays the store, prints that
 * the books balance, and leaves the ledger serving.
 */
class FinanceCommandLineIT extends LedgerIntegrationTest {

    @TempDir
    Path work;

    @Test
    void reconcilesTheLiveStoreFromTheDatabaseAloneAndLeavesTheLedgerRunning() throws Exception {
        User seller = seller();
        User buyer = buyer();
        String product = productOnShelf(seller, "Command line kettle", "19.90", 5);
        String orderId = placedOrder(buyer, orderOf(null, product, 1));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, "FULFILLING");

        Path output = work.resolve("finance.log");
        Process finance = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrderLedgerApplication.class.getName(),
                "--spring.profiles.active=dev", "--ledger.finance.reconcile=true",
                "--ledger.data-dir=" + System.getProperty("ledger.data-dir"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean exited = finance.waitFor(3, TimeUnit.MINUTES);
        if (!exited) {
            finance.destroyForcibly();
        }
        String printed = Files.readString(output);

        assertThat(exited).as("finished: " + printed).isTrue();
        assertThat(finance.exitValue()).as(printed).isZero();
        assertThat(printed).contains("The books balance.")
                .as("it used the ledger's database and started nothing of its own")
                .doesNotContain("Embedded PostgreSQL on port", "Elasticsearch on", "Tomcat", "EventProcessor");
        assertThat(api.get("/api/orders/" + orderId).as(buyer.token()).send().status())
                .as("the ledger still serves").isEqualTo(200);
    }
}
