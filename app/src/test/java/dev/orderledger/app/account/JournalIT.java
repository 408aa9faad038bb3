package dev.orderledger.app.account;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfers against the real PostgreSQL event store: both sides or nothing. */
class JournalIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminTransferPostsTheEntryAndBothSidesInTheEventStore() {
        User buyer = buyer();
        String transferId = "goodwill-" + UUID.randomUUID();
        Map<String, Object> transfer = Map.of("transferId", transferId, "from", "platform-marketing:0",
                "to", "buyer-wallet:" + buyer.userId(), "amount", Map.of("amount", "20.00", "currency", "CNY"),
                "memo", "sorry for the delay");

        LedgerClient.Response first = api.post("/api/admin/transfers", transfer).as(admin().token()).send();
        LedgerClient.Response again = api.post("/api/admin/transfers", transfer).as(admin().token()).send();

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(eventsOf(transferId)).containsExactly("dev.orderledger.api.account.TransferRecordedEvent");
        assertThat(eventsOf("buyer-wallet:" + buyer.userId())).containsExactly(
                "dev.orderledger.api.account.AccountOpenedEvent", "dev.orderledger.api.account.AccountCreditedEvent");
    }

    @Test
    void aTransferThatWouldOverdrawAWalletRecordsNothing() {
        User buyer = buyer();
        String transferId = "overdraw-" + UUID.randomUUID();

        LedgerClient.Response refused = api.post("/api/admin/transfers", Map.of("transferId", transferId,
                "from", "buyer-wallet:" + buyer.userId(), "to", "platform-clearing:1",
                "amount", Map.of("amount", "0.01", "currency", "CNY"), "memo", "overdraw")).as(admin().token()).send();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/reason")).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(eventsOf(transferId)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + transferId + "%")).as("no posting of it on any account").isZero();
    }

    @Test
    void financeReadsButNeverMovesMoney() {
        User finance = withRoles(buyer(), "FINANCE");
        LedgerClient.Response asFinance = api.post("/api/admin/transfers", Map.of("transferId", "x", "from", "platform-marketing:0",
                "to", "buyer-wallet:1", "amount", Map.of("amount", "1.00", "currency", "CNY"), "memo", "m"))
                .as(finance.token()).send();

        assertThat(asFinance.status()).isEqualTo(403);
    }

    @Test
    void anAccountWithALongHistoryIsSnapshotted() {
        User buyer = buyer();
        String adminToken = admin().token();
        String wallet = "buyer-wallet:" + buyer.userId();
        for (int i = 0; i < 110; i++) {
            LedgerClient.Response credited = api.post("/api/admin/transfers", Map.of("transferId", "snap-" + buyer.userId() + "-" + i,
                    "from", "platform-marketing:" + (i % 16), "to", wallet,
                    "amount", Map.of("amount", "1.00", "currency", "CNY"), "memo", "drip")).as(adminToken).send();
            assertThat(credited.status()).as(credited.toString()).isEqualTo(201);
        }

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?",
                        Long.class, wallet)).isGreaterThan(0L));
        Map<String, Object> snapshot = jdbc.queryForMap("SELECT sequencenumber, convert_from(payload, 'UTF8') AS state "
                + "FROM snapshotevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1", wallet);
        long creditsBefore = (Long) snapshot.get("sequencenumber");
        assertThat((String) snapshot.get("state")).as("the snapshot holds the account's id and its balance at that point")
                .contains("\"accountId\":\"" + wallet + "\"")
                .contains("\"balance\":{\"amount\":\"" + creditsBefore + ".00\"");
    }

    private java.util.List<String> eventsOf(String aggregateId) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, aggregateId);
    }
}
