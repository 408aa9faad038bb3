package dev.orderledger.app.account;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountOpenedEvent;
import dev.orderledger.api.account.TransferId;
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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * History recorded before requests were bounded: an admin transfer of 1e20 is in the real event
 * store. The account views take it exactly (their columns hold up to 996 digits before the point),
 * and nothing of the account is parked, so its later postings are projected too.
 */
class HistoricAmountsIT extends LedgerIntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPostingOf1e20StoredBeforeTheBoundsIsProjectedExactlyAndLaterPostingsFollow() {
        AccountId account = AccountId.buyerWallet("hist-" + UUID.randomUUID().toString().substring(0, 8));
        Money huge = Money.of("100000000000000000000.00", "CNY");
        Money more = huge.plus(Money.of("1.00", "CNY"));
        Instant at = Instant.now();
        List<String> events = new AppendedHistory(eventStore).append("Account", account.toString(), 0,
                new AccountOpenedEvent(account, Currency.getInstance("CNY")),
                new AccountCreditedEvent(account, TransferId.of("hist-huge-" + UUID.randomUUID()), huge, huge, at),
                new AccountCreditedEvent(account, TransferId.of("hist-more-" + UUID.randomUUID()), Money.of("1.00", "CNY"),
                        more, at));

        Map<String, Object> balance = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                        "SELECT balance, entries FROM account_balance_view WHERE account_id = ?", account.toString()),
                rows -> rows.size() == 1 && ((Number) rows.get(0).get("entries")).longValue() == 2).get(0);
        assertThat((BigDecimal) balance.get("balance")).isEqualByComparingTo("100000000000000000001.00");
        assertThat(jdbc.queryForList("SELECT amount FROM account_entry_view WHERE account_id = ? ORDER BY entry_no",
                BigDecimal.class, account.toString())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1E20"), BigDecimal.ONE);

        JsonNode letters = api.get("/api/admin/projections/account-views/dead-letters?limit=1000").as(admin().token())
                .send().json();
        assertThat(letters.toString()).as("nothing of the account is parked").doesNotContain(events.toArray(String[]::new));
    }
}
