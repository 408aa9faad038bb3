package dev.orderledger.finance;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's balance and postings at any instant, from its events: what the journal recorded then. */
class AccountAsOfIT extends LedgerIntegrationTest {

    @Test
    void theBalanceAtEachInstantIsTheBalanceTheJournalHadRecordedByThen() {
        User buyer = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();
        String finance = withRoles(buyer(), "FINANCE").token();
        Instant beforeAny = Instant.now();
        List<Instant> after = new ArrayList<>();
        for (String amount : List.of("10.00", "2.50", "7.25")) {
            LedgerClient.Response moved = api.post("/api/admin/transfers", Map.of("transferId", "t-" + UUID.randomUUID(),
                    "from", "platform-marketing:0", "to", wallet, "amount", Map.of("amount", amount, "currency", "CNY"),
                    "memo", "top-up at a moment")).as(admin().token()).send();
            assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
            after.add(Instant.now());
        }

        JsonNode none = asOf(finance, wallet, beforeAny);
        assertThat(none.at("/postings").size()).isZero();
        assertThat(none.at("/balance").isMissingNode()).as("not opened yet").isTrue();

        List<String> expected = List.of("10.00", "12.50", "19.75");
        for (int i = 0; i < after.size(); i++) {
            JsonNode then = asOf(finance, wallet, after.get(i));
            assertThat(then.at("/balance/amount").asText()).isEqualTo(expected.get(i));
            assertThat(then.at("/postings").size()).isEqualTo(i + 1);
            assertThat(then.at("/postings/" + i + "/balanceAfter/amount").asText()).isEqualTo(expected.get(i));
            assertThat(then.at("/postings/" + i + "/direction").asText()).isEqualTo("CREDIT");
        }

        JsonNode period = api.get("/api/finance/accounts/" + wallet + "?from=" + after.get(0) + "&at=" + after.get(2))
                .as(finance).send().json();
        assertThat(period.at("/openingBalance/amount").asText()).as("the balance at the start").isEqualTo("10.00");
        assertThat(period.at("/balance/amount").asText()).isEqualTo("19.75");
        assertThat(period.at("/postings").size()).isEqualTo(2);
        assertThat(period.at("/postings/0/amount/amount").asText()).isEqualTo("2.50");
        assertThat(period.at("/postings/1/amount/amount").asText()).isEqualTo("7.25");
        assertThat(api.get("/api/finance/accounts/" + wallet + "?from=" + after.get(2) + "&at=" + after.get(0)).as(finance)
                .send().status()).as("a period that ends before it starts").isEqualTo(400);
    }

    @Test
    void onlyFinanceAndAdminsMayAskAndABadAccountOrInstantIsABadRequest() {
        User buyer = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();
        String now = Instant.now().toString();
        assertThat(api.get("/api/finance/accounts/" + wallet + "?at=" + now).as(buyer.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/finance/accounts/" + wallet + "?at=" + now).as(admin().token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/finance/accounts/not-an-account?at=" + now).as(admin().token()).send().status()).isEqualTo(400);
        assertThat(api.get("/api/finance/accounts/" + wallet + "?at=yesterday").as(admin().token()).send().status()).isEqualTo(400);
        assertThat(api.get("/api/finance/accounts/" + wallet).as(admin().token()).send().status()).isEqualTo(400);
    }

    private JsonNode asOf(String token, String account, Instant at) {
        LedgerClient.Response answer = api.get("/api/finance/accounts/" + account + "?at=" + at).as(token).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
