package dev.orderledger.app.account;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferRecordedEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.app.support.AppendedHistory;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * History recorded before requests were bounded: an admin transfer of 1e20, and a later one of
 * 1.00, are in the real event store, balanced as the journal records them. The account views take
 * them exactly (their columns hold up to 996 digits before the point), and nothing of the accounts
 * is parked, so the later posting is projected too.
 */
class HistoricAmountsIT extends LedgerIntegrationTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aTransferOf1e20StoredBeforeTheBoundsIsProjectedExactlyAndLaterPostingsFollow() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AccountId from = AccountId.seller(UserId.of("hist-" + tag));
        AccountId to = AccountId.buyerWallet(UserId.of("hist-" + tag));
        Money huge = Money.of("100000000000000000000.00", "CNY");
        Money one = Money.of("1.00", "CNY");
        AppendedHistory history = new AppendedHistory(eventStore);
        List<String> events = new ArrayList<>();
        events.addAll(history.append("Account", from.toString(), 0, new AccountOpenedEvent(from, CNY)));
        events.addAll(history.append("Account", to.toString(), 0, new AccountOpenedEvent(to, CNY)));
        events.addAll(transfer(history, "hist-huge-" + tag, from, to, huge, Money.zero(CNY).minus(huge), huge, 1));
        Money total = huge.plus(one);
        events.addAll(transfer(history, "hist-more-" + tag, from, to, one, Money.zero(CNY).minus(total), total, 2));

        Map<String, Object> balance = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                        "SELECT balance, entries FROM account_balance_view WHERE account_id = ?", to.toString()),
                rows -> rows.size() == 1 && ((Number) rows.get(0).get("entries")).longValue() == 2).get(0);
        assertThat((BigDecimal) balance.get("balance")).isEqualByComparingTo("100000000000000000001.00");
        assertThat(jdbc.queryForList("SELECT amount FROM account_entry_view WHERE account_id = ? ORDER BY entry_no",
                BigDecimal.class, to.toString())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1E20"), BigDecimal.ONE);
        assertThat(jdbc.queryForObject("SELECT amount FROM journal_transfer_view WHERE transfer_id = ?",
                BigDecimal.class, "hist-huge-" + tag)).isEqualByComparingTo("1E20");

        JsonNode letters = api.get("/api/admin/projections/account-views/dead-letters?limit=1000").as(admin().token())
                .send().json();
        assertThat(letters.toString()).as("nothing of the accounts is parked")
                .doesNotContain(events.toArray(String[]::new));
    }

    /** A journal entry and its two postings, as the Transfer and Account aggregates record them. */
    private static List<String> transfer(AppendedHistory history, String transferId, AccountId from, AccountId to,
                                         Money amount, Money fromAfter, Money toAfter, long sequence) {
        TransferId id = TransferId.of(transferId);
        Instant at = Instant.now();
        List<String> events = new ArrayList<>(history.append("Transfer", transferId, 0,
                new TransferRecordedEvent(id, from, to, amount, null, "before the bounds", at)));
        events.addAll(history.append("Account", from.toString(), sequence,
                new AccountDebitedEvent(from, id, amount, fromAfter, at)));
        events.addAll(history.append("Account", to.toString(), sequence,
                new AccountCreditedEvent(to, id, amount, toAfter, at)));
        return events;
    }
}
