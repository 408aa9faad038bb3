package dev.orderledger.app.account;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.api.account.AccountCreditedEvent;
import dev.orderledger.api.account.AccountDebitedEvent;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerFacts;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.projections.account.AccountViewProjection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The account views over real HTTP against the real PostgreSQL: balances, statements, the platform's
 * totals and a seller's settlement after whole order lives driven by the processes, checked against
 * the journal in the event store; paging, periods, access rules, bad input; and that redelivered or
 * replayed events leave the rows as they were.
 */
class AccountViewsIT extends LedgerIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    LedgerFacts facts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionManager transactions;

    @Test
    void anOrdersWholeLifeShowsOnTheBuyersAndSellersAccountsAndInTheSellersSettlement() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Account tee", "100.00", 10);
        String topUp = topUp(buyer, "50.00");
        String orderId = placedOrder(buyer, orderOf(null, productId, 2));
        String payOrderId = pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        confirmReceipt(buyer, orderId);
        String sellerAccount = AccountId.seller(UserId.of(seller.userId())).toString();
        awaitStatement(seller, sellerAccount, "", statement -> statement.at("/totalEntries").asLong() == 1);
        String refundId = refundOneUnitWithReturn(buyer, seller, orderId);
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();

        JsonNode statement = awaitStatement(buyer, wallet, "?order=oldest", s -> s.at("/totalEntries").asLong() == 5);

        String clearingOfPayment = platform(AccountKind.PLATFORM_CLEARING, payOrderId);
        String gatewayOfPayment = platform(AccountKind.PLATFORM_GATEWAY, payOrderId);
        String clearingOfOrder = platform(AccountKind.PLATFORM_CLEARING, orderId);
        String gatewayOfOrder = platform(AccountKind.PLATFORM_GATEWAY, orderId);
        assertThat(lines(statement)).containsExactly(
                "1 " + topUp + " CREDIT 50.00 50.00 platform-marketing:0 -",
                "2 pay-in:" + payOrderId + " CREDIT 200.00 250.00 " + gatewayOfPayment + " " + payOrderId,
                "3 pay:" + payOrderId + " DEBIT 200.00 50.00 " + clearingOfPayment + " " + payOrderId,
                "4 refund-cash:" + refundId + " CREDIT 100.00 150.00 " + clearingOfOrder + " " + orderId,
                "5 refund-out:" + refundId + " DEBIT 100.00 50.00 " + gatewayOfOrder + " " + orderId);
        assertThat(statement.at("/entries/0/memo").asText()).isEqualTo("top-up by the test");
        assertThat(statement.at("/entries/3/memo").asText()).contains(refundId);
        JsonNode mine = api.get("/api/accounts/mine").as(buyer.token()).send().json();
        assertThat(mine.at("/accounts").size()).as("coins were never used, so never opened").isEqualTo(1);
        assertThat(mine.at("/accounts/0/accountId").asText()).isEqualTo(wallet);
        assertThat(mine.at("/accounts/0/kind").asText()).isEqualTo("BUYER_WALLET");
        assertThat(mine.at("/accounts/0/balance/amount").asText()).isEqualTo("50.00");
        assertThat(mine.at("/accounts/0/entries").asLong()).isEqualTo(5);

        JsonNode sellerStatement = awaitStatement(seller, sellerAccount, "?order=oldest",
                s -> s.at("/totalEntries").asLong() == 2);
        assertThat(lines(sellerStatement)).containsExactly(
                "1 settle:" + orderId + " CREDIT 200.00 200.00 " + clearingOfOrder + " " + orderId,
                "2 chargeback:" + refundId + " DEBIT 100.00 100.00 " + clearingOfOrder + " " + orderId);
        JsonNode sellersOwn = api.get("/api/accounts/mine").as(seller.token()).send().json();
        assertThat(sellersOwn.findValuesAsText("accountId")).containsExactly(sellerAccount);
        assertThat(sellersOwn.at("/accounts/0/balance/amount").asText()).isEqualTo("100.00");

        User secondBuyer = buyer();
        String unsettled = placedOrder(secondBuyer, orderOf(null, productId, 1));
        pay(secondBuyer, "pay-" + UUID.randomUUID(), unsettled);
        awaitOrder(secondBuyer, unsettled, "FULFILLING");
        JsonNode settlement = api.get("/api/seller/settlements").as(seller.token()).send().json();
        assertThat(settlement.at("/sellerId").asText()).isEqualTo(seller.userId());
        assertThat(settlement.at("/totalOrders").asLong()).isEqualTo(1);
        assertThat(settlement.at("/orders/0/orderId").asText()).isEqualTo(orderId);
        assertThat(settlement.at("/orders/0/transferId").asText()).isEqualTo("settle:" + orderId);
        assertThat(settlement.at("/orders/0/amount/amount").asText()).isEqualTo("200.00");
        assertThat(settlement.at("/orders/0/chargedBack/amount").asText()).isEqualTo("100.00");
        assertThat(settlement.at("/orders/0/settledAt").asText()).isEqualTo(sellerStatement.at("/entries/0/at").asText());
        assertThat(settlement.at("/settledInPeriod/amount").asText()).isEqualTo("200.00");
        assertThat(settlement.at("/chargedBackInPeriod/amount").asText()).isEqualTo("100.00");
        assertThat(settlement.at("/balance/amount").asText()).isEqualTo("100.00");
        assertThat(settlement.at("/pending/0/orders").asLong()).as("paid, delivered, not confirmed").isEqualTo(1);
        assertThat(settlement.at("/pending/0/amount").toString()).isEqualTo("{\"amount\":\"100.00\",\"currency\":\"CNY\"}");

        String settledAt = LedgerClient.encode(settlement.at("/orders/0/settledAt").asText());
        JsonNode before = api.get("/api/seller/settlements?to=" + settledAt).as(seller.token()).send().json();
        assertThat(before.at("/totalOrders").asLong()).isZero();
        assertThat(before.at("/settledInPeriod/amount").asText()).isEqualTo("0.00");
        assertThat(before.at("/balance/amount").asText()).as("the balance is today's, whatever the period").isEqualTo("100.00");

        assertViewAgreesWithJournal(buyer, wallet);
        assertViewAgreesWithJournal(seller, sellerAccount);
        assertViewAgreesWithJournal(admin(), clearingOfOrder);
        assertViewAgreesWithJournal(admin(), gatewayOfPayment);
    }

    @Test
    void thePlatformsTotalsAreItsShardsAddedUpAsTheJournalHasThem() {
        User finance = withRoles(buyer(), "FINANCE");
        topUp(buyer(), "7.00");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode totals = api.get("/api/accounts/platform").as(finance.token()).send().json().at("/totals");
            assertThat(totals.findValuesAsText("kind")).contains("PLATFORM_MARKETING")
                    .allMatch(kind -> AccountKind.valueOf(kind).isPlatform());
            for (JsonNode total : totals) {
                AccountKind kind = AccountKind.valueOf(total.at("/kind").asText());
                Money sumOfShards = Money.of("0", total.at("/balance/currency").asText());
                for (int shard = 0; shard < AccountId.PLATFORM_SHARDS; shard++) {
                    sumOfShards = sumOfShards.plus(journalBalanceOf(new AccountId(kind, String.valueOf(shard)),
                            sumOfShards.currency()));
                }
                assertThat(total.at("/balance/amount").asText()).as(kind.name()).isEqualTo(sumOfShards.amount().toPlainString());
                assertThat(total.at("/shards").asLong()).isBetween(1L, (long) AccountId.PLATFORM_SHARDS);
            }
        });
    }

    @Test
    void aStatementIsPagedNewestFirstOrInOrderAndFilteredByPeriod() {
        User buyer = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();
        for (int i = 1; i <= 5; i++) {
            topUp(buyer, i + ".00");
        }
        JsonNode all = awaitStatement(buyer, wallet, "?order=oldest", s -> s.at("/totalEntries").asLong() == 5);
        List<String> times = all.at("/entries").findValuesAsText("at");

        assertThat(entryNumbers(statement(buyer, wallet, "?size=2"))).containsExactly(5L, 4L);
        assertThat(entryNumbers(statement(buyer, wallet, "?size=2&page=2"))).containsExactly(1L);
        assertThat(entryNumbers(statement(buyer, wallet, "?size=2&page=1&order=oldest"))).containsExactly(3L, 4L);
        JsonNode period = statement(buyer, wallet, "?from=" + LedgerClient.encode(times.get(1)) + "&to=" + LedgerClient.encode(times.get(3)));
        assertThat(entryNumbers(period)).as("from inclusive, to exclusive").containsExactly(3L, 2L);
        assertThat(period.at("/totalEntries").asLong()).isEqualTo(2);
        assertThat(period.at("/period/from").asText()).isEqualTo(times.get(1));
        assertThat(entryNumbers(statement(buyer, wallet, "?from=" + LedgerClient.encode(times.get(4))))).containsExactly(5L);
        assertThat(entryNumbers(statement(buyer, wallet, "?to=" + LedgerClient.encode(times.get(0))))).isEmpty();
        assertThat(all.at("/entries/4/balanceAfter/amount").asText()).isEqualTo("15.00");
    }

    @Test
    void anAccountIsSeenByItsOwnerAdminsAndFinanceAndByNobodyElse() {
        User owner = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(owner.userId())).toString();
        topUp(owner, "3.00");
        await().atMost(PATIENCE).until(() -> api.get("/api/accounts/" + wallet).as(owner.token()).send().status() == 200);
        User finance = withRoles(buyer(), "FINANCE");
        User stranger = buyer();

        for (User reader : List.of(owner, admin(), finance)) {
            assertThat(api.get("/api/accounts/" + wallet).as(reader.token()).send().at("/balance/amount")).isEqualTo("3.00");
            assertThat(statement(reader, wallet, "").at("/totalEntries").asLong()).isEqualTo(1);
        }
        assertThat(api.get("/api/accounts/" + wallet).as(stranger.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/accounts/" + wallet + "/statement").as(stranger.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/accounts/" + AccountId.buyerWallet(UserId.of(stranger.userId()))).as(stranger.token()).send().status())
                .as("never opened").isEqualTo(404);
        assertThat(api.get("/api/accounts/platform-marketing:0").as(owner.token()).send().status()).isEqualTo(404);
        assertThat(api.get("/api/accounts/platform-marketing:0").as(finance.token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/accounts/platform").as(owner.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/accounts/platform").as(admin().token()).send().status()).isEqualTo(200);
        assertThat(api.get("/api/seller/settlements").as(owner.token()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/accounts/mine").send().status()).isEqualTo(401);
    }

    @Test
    void badAccountIdsPeriodsAndPagesAreAnsweredWith400() {
        User buyer = buyer();
        String statement = "/api/accounts/" + AccountId.buyerWallet(UserId.of(buyer.userId())) + "/statement";
        List<String> bad = List.of("/api/accounts/nonsense", "/api/accounts/dragon-hoard:1",
                "/api/accounts/buyer-wallet:" + "x".repeat(65), statement + "?from=yesterday",
                statement + "?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", statement + "?size=0",
                statement + "?size=101", statement + "?page=-1", statement + "?order=sideways");
        for (String path : bad) {
            LedgerClient.Response refused = api.get(path).as(buyer.token()).send();
            assertThat(refused.status()).as(path + ": " + refused).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        User seller = seller();
        assertThat(api.get("/api/seller/settlements?to=soon").as(seller.token()).send().status()).isEqualTo(400);
        assertThat(api.get("/api/seller/settlements?size=1000").as(seller.token()).send().status()).isEqualTo(400);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        User buyer = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();
        topUp(buyer, "4.00");
        topUp(buyer, "6.00");
        awaitStatement(buyer, wallet, "", s -> s.at("/totalEntries").asLong() == 2);
        Rows before = rows();
        long firstEvent = jdbc.queryForObject("SELECT min(globalindex) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, wallet);

        StreamingEventProcessor processor = accountViews();
        processor.shutDown();
        transactions.executeInTransaction(() -> tokens.storeToken(GapAwareTrackingToken.newInstance(firstEvent - 10, Set.of()),
                AccountViewProjection.PROCESSING_GROUP, 0));
        processor.start();
        awaitCaughtUp(processor);

        assertRowsKept(before);
        assertViewAgreesWithJournal(buyer, wallet);
    }

    @Test
    void aRebuildFromTheFirstEventYieldsTheSameRows() {
        User buyer = buyer();
        String wallet = AccountId.buyerWallet(UserId.of(buyer.userId())).toString();
        topUp(buyer, "8.00");
        awaitStatement(buyer, wallet, "", s -> s.at("/totalEntries").asLong() == 1);
        Rows before = rows();

        StreamingEventProcessor processor = accountViews();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        awaitCaughtUp(processor);

        assertRowsKept(before);
        assertThat(jdbc.queryForList("""
                SELECT b.account_id FROM account_balance_view b
                LEFT JOIN account_entry_view latest ON latest.account_id = b.account_id AND latest.entry_no = b.last_sequence
                WHERE b.entries <> (SELECT count(*) FROM account_entry_view e WHERE e.account_id = b.account_id)
                   OR (b.entries > 0 AND latest.balance_after IS DISTINCT FROM b.balance)""", String.class))
                .as("every balance counts its postings and is the one the latest left").isEmpty();
    }

    /** The three account tables, every row as PostgreSQL returns it. */
    private record Rows(Set<Map<String, Object>> balances, Set<Map<String, Object>> entries,
                        Set<Map<String, Object>> transfers) {
    }

    /**
     * Every row from before is still there, unchanged; only postings made since (by processes of other
     * tests, the database being shared) may have added rows and moved their accounts' balances.
     */
    private void assertRowsKept(Rows before) {
        Rows after = rows();
        assertThat(missing(before.entries(), after.entries())).isEmpty();
        assertThat(missing(before.transfers(), after.transfers())).isEmpty();
        Set<Object> postedSince = missing(after.entries(), before.entries()).stream()
                .map(row -> row.get("account_id")).collect(Collectors.toSet());
        assertThat(missing(before.balances(), after.balances()))
                .allMatch(balance -> postedSince.contains(balance.get("account_id")));
    }

    private static Set<Map<String, Object>> missing(Set<Map<String, Object>> expected, Set<Map<String, Object>> actual) {
        Set<Map<String, Object>> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }

    private Rows rows() {
        return new Rows(new HashSet<>(jdbc.queryForList("SELECT * FROM account_balance_view")),
                new HashSet<>(jdbc.queryForList("SELECT * FROM account_entry_view")),
                new HashSet<>(jdbc.queryForList("SELECT * FROM journal_transfer_view")));
    }

    private StreamingEventProcessor accountViews() {
        return processing.eventProcessor(AccountViewProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
    }

    /**
     * Waits until the processor has processed every event there was when it restarted, allowing time
     * for the whole shared history. (A replay is only over once an event newer than the reset arrives,
     * so the position tells, not the replay flag.)
     */
    private void awaitCaughtUp(StreamingEventProcessor processor) {
        long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
        Duration history = Duration.ofMinutes(1).plusMillis(head * 20);
        await().atMost(history).pollInterval(Duration.ofMillis(200)).until(() -> {
            var status = processor.processingStatus().values();
            return !status.isEmpty() && status.stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head);
        });
    }

    /** The view's balance equals the sum of the account's statement and the balance the Account aggregate recorded last. */
    private void assertViewAgreesWithJournal(User reader, String accountId) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode account = api.get("/api/accounts/" + accountId).as(reader.token()).send().json();
            Money balance = money(account.at("/balance"));
            List<JsonNode> entries = new ArrayList<>();
            JsonNode page;
            int number = 0;
            do {
                page = statement(reader, accountId, "?order=oldest&size=100&page=" + number++);
                page.at("/entries").forEach(entries::add);
            } while (page.at("/entries").size() == 100);
            Money sum = entries.stream().map(entry -> "CREDIT".equals(entry.at("/direction").asText())
                            ? money(entry.at("/amount")) : money(entry.at("/amount")).times(-1))
                    .reduce(Money.zero(balance.currency()), Money::plus);

            assertThat(sum).as("sum of the statement of " + accountId).isEqualTo(balance);
            assertThat(account.at("/entries").asLong()).isEqualTo(entries.size());
            assertThat(journalBalanceOf(AccountId.parse(accountId), balance.currency())).as("the aggregate's balance")
                    .isEqualTo(balance);
        });
    }

    /** The balance the account's latest posting left in the event store (zero, in this currency, if it has none). */
    private Money journalBalanceOf(AccountId account, Currency currency) {
        List<Object> events = facts.eventsOf(account.toString());
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof AccountDebitedEvent debited) {
                return debited.balanceAfter();
            }
            if (events.get(i) instanceof AccountCreditedEvent credited) {
                return credited.balanceAfter();
            }
        }
        return Money.zero(currency);
    }

    /** An admin credits the buyer's wallet from the platform's marketing budget; returns the transfer id. */
    private String topUp(User buyer, String amount) {
        String transferId = "top-up-" + UUID.randomUUID();
        LedgerClient.Response credited = api.post("/api/admin/transfers", Map.of("transferId", transferId,
                "from", "platform-marketing:0", "to", AccountId.buyerWallet(UserId.of(buyer.userId())).toString(),
                "amount", Map.of("amount", amount, "currency", "CNY"), "memo", "top-up by the test"))
                .as(admin().token()).send();
        assertThat(credited.status()).as(credited.toString()).isEqualTo(201);
        return transferId;
    }

    /** The buyer returns one unit of the order's first line, the seller takes it back; waits until the refund is complete. */
    private String refundOneUnitWithReturn(User buyer, User seller, String orderId) {
        String refundId = "r-" + UUID.randomUUID();
        LedgerClient.Response requested = api.post("/api/orders/" + orderId + "/refunds", Map.of("refundId", refundId,
                "lineNo", 1, "quantity", 1, "withReturn", true, "reason", "too small")).as(buyer.token()).send();
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String refund = "/api/refunds/" + refundId;
        assertThat(api.post(refund + "/decision", Map.of("approve", true)).as(seller.token()).send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-shipment", Map.of("carrier", "SF", "trackingNumber", "R1"))
                .as(buyer.token()).send().status()).isEqualTo(204);
        assertThat(api.post(refund + "/return-receipt", Map.of("received", true)).as(seller.token()).send().status())
                .isEqualTo(204);
        await().atMost(PATIENCE).until(() -> facts.eventsOf(refundId).stream().anyMatch(RefundCompletedEvent.class::isInstance));
        return refundId;
    }

    private JsonNode statement(User reader, String accountId, String query) {
        LedgerClient.Response response = api.get("/api/accounts/" + accountId + "/statement" + query).as(reader.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode awaitStatement(User reader, String accountId, String query, Predicate<JsonNode> condition) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/accounts/" + accountId + "/statement" + query).as(reader.token()).send(),
                        response -> response.status() == 200 && condition.test(response.json())).json();
    }

    /** Each entry as "number transfer direction amount balance-after counterparty order" ("-": no order). */
    private static List<String> lines(JsonNode statement) {
        return StreamSupport.stream(statement.at("/entries").spliterator(), false)
                .map(entry -> String.join(" ", entry.at("/entryNo").asText(), entry.at("/transferId").asText(),
                        entry.at("/direction").asText(), entry.at("/amount/amount").asText(),
                        entry.at("/balanceAfter/amount").asText(), entry.at("/counterparty").asText(),
                        entry.at("/orderReference").isMissingNode() ? "-" : entry.at("/orderReference").asText()))
                .toList();
    }

    private static List<Long> entryNumbers(JsonNode statement) {
        return StreamSupport.stream(statement.at("/entries").spliterator(), false)
                .map(entry -> entry.at("/entryNo").asLong()).toList();
    }

    private static String platform(AccountKind kind, String routingKey) {
        return AccountId.platform(kind, routingKey).toString();
    }

    private static Money money(JsonNode node) {
        return Money.of(new BigDecimal(node.at("/amount").asText()), node.at("/currency").asText());
    }
}
