package dev.orderledger.app.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.saga.gateway.GatewayStatus;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;

/**
 * The invariants of a settled history about money, read from the event store (the journal), the
 * account views, the simulated gateway's own books and finance's reconciliation: every journal entry
 * has one debit and one credit of its amount (so debits and credits agree per currency), no buyer's
 * wallet or coins and no seller's account ever went below zero, the account views show the journal's
 * balances, the cash the gateway took or paid back entered or left the ledger exactly once (checked
 * once the processes settled: before, a step may be on its way), and the reconciliation names
 * nothing of the history.
 */
final class BookChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TRANSFER = "dev.orderledger.api.account.TransferRecordedEvent";
    private static final String DEBITED = "dev.orderledger.api.account.AccountDebitedEvent";
    private static final String CREDITED = "dev.orderledger.api.account.AccountCreditedEvent";

    private BookChecks() {
    }

    static void check(World world, Settling.Rest rest) {
        Map<String, JsonNode> transfers = transfers(world);
        journal(world, transfers);
        accounts(world);
        if (rest.settled()) {
            partner(world, transfers, rest.views());
        }
        world.ctx.tally().checks.incrementAndGet();
        world.ctx.reconciler().discrepanciesOf(world).forEach(found -> world.violated("RECONCILIATION", found));
    }

    /** The history's journal entries, by transfer id: those about its orders and pay orders, and its fundings. */
    private static Map<String, JsonNode> transfers(World world) {
        Map<String, JsonNode> transfers = new LinkedHashMap<>();
        world.ctx.jdbc().query("SELECT aggregateidentifier, convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::jsonb ->> 'orderReference' = ANY (?)"
                        + " ORDER BY globalindex", row -> {
                    transfers.put(row.getString(1), parse(row.getString(2)));
                }, TRANSFER, world.references().toArray(String[]::new));
        return transfers;
    }

    /** Each entry has exactly one debit on its {@code from} and one credit on its {@code to}, of its amount; the sums agree per currency. */
    private static void journal(World world, Map<String, JsonNode> transfers) {
        world.ctx.tally().checks.incrementAndGet();
        if (transfers.isEmpty()) {
            return;
        }
        Set<String> accounts = new TreeSet<>();
        transfers.values().forEach(transfer -> {
            accounts.add(transfer.at("/from").asText());
            accounts.add(transfer.at("/to").asText());
        });
        Map<String, List<JsonNode>> postings = new HashMap<>();
        Map<String, BigDecimal> balance = new HashMap<>();
        world.ctx.jdbc().query("SELECT payloadtype, convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = ANY (?) AND payloadtype IN (?, ?)"
                        + " AND convert_from(payload, 'UTF8')::jsonb ->> 'transferId' = ANY (?)", row -> {
                    JsonNode posting = parse(row.getString(2));
                    boolean debit = row.getString(1).equals(DEBITED);
                    postings.computeIfAbsent(posting.at("/transferId").asText(), any -> new java.util.ArrayList<>())
                            .add(((com.fasterxml.jackson.databind.node.ObjectNode) posting).put("side", debit ? "debit" : "credit"));
                    BigDecimal amount = World.money(posting.at("/amount"));
                    balance.merge(posting.at("/amount/currency").asText(), debit ? amount : amount.negate(), BigDecimal::add);
                }, accounts.toArray(String[]::new), DEBITED, CREDITED, transfers.keySet().toArray(String[]::new));
        transfers.forEach((id, transfer) -> {
            List<JsonNode> sides = postings.getOrDefault(id, List.of());
            boolean debited = sides.stream().filter(side -> side.at("/side").asText().equals("debit")).count() == 1
                    && sides.stream().anyMatch(side -> side.at("/side").asText().equals("debit")
                    && side.at("/accountId").asText().equals(transfer.at("/from").asText()) && sameAmount(side, transfer));
            boolean credited = sides.stream().filter(side -> side.at("/side").asText().equals("credit")).count() == 1
                    && sides.stream().anyMatch(side -> side.at("/side").asText().equals("credit")
                    && side.at("/accountId").asText().equals(transfer.at("/to").asText()) && sameAmount(side, transfer));
            if (!debited || !credited) {
                world.violated("JOURNAL", "transfer " + id + " of " + transfer.at("/amount") + " has the postings " + sides);
            }
        });
        balance.forEach((currency, difference) -> {
            if (difference.signum() != 0) {
                world.violated("JOURNAL", "the history's debits and credits differ by " + difference + " " + currency);
            }
        });
    }

    private static boolean sameAmount(JsonNode posting, JsonNode transfer) {
        return World.money(posting.at("/amount")).compareTo(World.money(transfer.at("/amount"))) == 0
                && posting.at("/amount/currency").asText().equals(transfer.at("/amount/currency").asText());
    }

    /** No posting ever left a user's account below zero, and the account view shows the journal's last balance. */
    private static void accounts(World world) {
        Map<String, BigDecimal> last = new LinkedHashMap<>();
        world.ctx.jdbc().query("SELECT aggregateidentifier, convert_from(payload, 'UTF8') FROM domainevententry"
                        + " WHERE aggregateidentifier = ANY (?) AND payloadtype IN (?, ?) ORDER BY globalindex", row -> {
                    JsonNode posting = parse(row.getString(2));
                    BigDecimal after = World.money(posting.at("/balanceAfter"));
                    if (after.signum() < 0) {
                        world.violated("WALLET", row.getString(1) + " went to " + after + " with transfer "
                                + posting.at("/transferId").asText());
                    }
                    last.put(row.getString(1), after);
                }, world.ownAccounts().toArray(String[]::new), DEBITED, CREDITED);
        last.forEach((account, balance) -> {
            world.ctx.tally().checks.incrementAndGet();
            String[] shown = {null};
            try {
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    LedgerClient.Response view = world.api().get("/api/accounts/" + account).as(world.admin()).send();
                    shown[0] = view.status() == 200 ? view.json().at("/balance/amount").asText() : view.toString();
                    return view.status() == 200 && new BigDecimal(shown[0]).compareTo(balance) == 0;
                });
            } catch (ConditionTimeoutException differs) {
                world.violated("READ_MODEL", "account " + account + " shows " + shown[0] + "; its journal says " + balance);
            }
        });
    }

    /**
     * The gateway's books and the journal agree about each payment and refund of the history: the
     * ledger took in ({@code pay-in:}) exactly the cash the gateway took when it took the amount asked,
     * nothing when it did not, and paid out ({@code refund-out:}, {@code return-out:}) what the gateway paid back.
     */
    private static void partner(World world, Map<String, JsonNode> transfers, Map<String, JsonNode> views) {
        throughTheGateway(world, transfers);
        for (World.PayOrder payOrder : world.payOrders.values()) {
            world.ctx.tally().checks.incrementAndGet();
            Optional<GatewayPayment> taken = world.ctx.gateway().payment(payOrder.id())
                    .filter(payment -> payment.status() == GatewayStatus.SUCCEEDED);
            boolean asked = taken.isPresent() && taken.get().amount().amount().compareTo(payOrder.cash()) == 0;
            agree(world, transfers, "pay-in:" + payOrder.id(), asked ? payOrder.cash() : null,
                    "the gateway's payment " + payOrder.id() + " (" + taken.map(GatewayPayment::amount).orElse(null) + ")");
            for (JsonNode view : views.values()) {
                for (JsonNode payment : view == null ? List.<JsonNode>of() : (Iterable<JsonNode>) view.at("/payments")) {
                    if (payment.at("/payOrderId").asText().equals(payOrder.id())) {
                        payment.at("/returns").forEach(back -> refunded(world, transfers, "ret-" + payOrder.id() + "-"
                                + back.at("/returnId").asText(), "return-out:" + payOrder.id() + ":" + back.at("/returnId").asText(),
                                World.money(back.at("/funding/cash"))));
                    }
                }
            }
        }
        for (World.Refund refund : world.refunds.values()) {
            world.ctx.tally().checks.incrementAndGet();
            BigDecimal cash = null;
            for (JsonNode view : views.values()) {
                for (JsonNode found : view == null ? List.<JsonNode>of() : (Iterable<JsonNode>) view.at("/refunds")) {
                    if (found.at("/refundId").asText().equals(refund.id())) {
                        cash = World.money(found.at("/funding/cash"));
                    }
                }
            }
            refunded(world, transfers, refund.id(), "refund-out:" + refund.id(), cash);
        }
    }

    /**
     * Per buyer, the journal never sends more cash out through the gateway (refunds, returns) than came in
     * through it (payments): money paid from the wallet goes back to the wallet, not to a card that paid nothing.
     */
    private static void throughTheGateway(World world, Map<String, JsonNode> transfers) {
        Map<String, BigDecimal> balance = new HashMap<>();
        transfers.values().forEach(transfer -> {
            String from = transfer.at("/from").asText();
            String to = transfer.at("/to").asText();
            BigDecimal amount = World.money(transfer.at("/amount"));
            if (from.startsWith("platform-gateway:") && to.startsWith("buyer-wallet:")) {
                balance.merge(to, amount, BigDecimal::add);
            } else if (from.startsWith("buyer-wallet:") && to.startsWith("platform-gateway:")) {
                balance.merge(from, amount.negate(), BigDecimal::add);
            }
        });
        world.ctx.tally().checks.incrementAndGet();
        balance.forEach((wallet, net) -> {
            if (net.signum() < 0) {
                world.violated("PARTNER", "the gateway paid " + wallet + " back " + net.negate()
                        + " more than it took from that buyer");
            }
        });
    }

    /** A gateway refund (first attempt or a retry) succeeded exactly when the journal paid the cash out. */
    private static void refunded(World world, Map<String, JsonNode> transfers, String gatewayId, String transferId, BigDecimal cash) {
        boolean paid = false;
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<GatewayRefund> refund = world.ctx.gateway().refund(attempt == 0 ? gatewayId : gatewayId + "-retry-" + attempt);
            paid |= refund.map(found -> found.status() == GatewayStatus.SUCCEEDED).orElse(false);
        }
        agree(world, transfers, transferId, paid ? cash : null, "the gateway's refund " + gatewayId);
    }

    private static void agree(World world, Map<String, JsonNode> transfers, String transferId, BigDecimal expected, String what) {
        JsonNode recorded = transfers.get(transferId);
        if (expected == null ? recorded != null && World.money(recorded.at("/amount")).signum() > 0
                : recorded == null || World.money(recorded.at("/amount")).compareTo(expected) != 0) {
            world.violated("PARTNER", what + " moved " + (expected == null ? "nothing" : expected) + " and the journal has "
                    + (recorded == null ? "no " + transferId : transferId + " of " + recorded.at("/amount")));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
