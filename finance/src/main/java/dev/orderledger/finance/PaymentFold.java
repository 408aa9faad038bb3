package dev.orderledger.finance;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.order.OrderDepositPaidEvent;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.finance.LedgerFold.Entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static dev.orderledger.api.account.JournalEntryKind.COINS;
import static dev.orderledger.api.account.JournalEntryKind.PAY;
import static dev.orderledger.api.account.JournalEntryKind.PAY_IN;
import static dev.orderledger.api.account.JournalEntryKind.VOUCHER;

/**
 * Pay orders (what each was to take as cash, coins and voucher, and from which orders) and the
 * orders they paid. A paid pay order must have taken exactly that through the journal: {@code coins:},
 * {@code voucher:} and {@code pay:} entries of its amounts, and for cash through the gateway a
 * {@code pay-in:} entry of the cash; each order it paid must have been paid its share.
 */
final class PaymentFold {

    private final Map<String, PayOrderFacts> payOrders = new HashMap<>();
    private final List<Paid> ordersPaid = new ArrayList<>();
    private final Map<String, Amount> paidByOrder = new HashMap<>();
    private final List<Discrepancy> foundWhileFolding = new ArrayList<>();

    static void readFrom(StoredPayloads payloads) {
        payloads.on(PayOrderCreatedEvent.class, Created.class, (history, created, at) -> history.payments().created(created, at));
        payloads.on(PaymentSucceededEvent.class, Succeeded.class,
                (history, succeeded, at) -> history.payments().succeeded(succeeded, at));
        payloads.on(OrderPaidEvent.class, OrderPaid.class, (history, paid, at) -> history.payments().paid(paid, at));
        payloads.on(OrderDepositPaidEvent.class, OrderPaid.class, (history, paid, at) -> history.payments().paid(paid, at));
    }

    private void created(Created created, EventRef at) {
        payOrder(created.payOrderId()).created(created, at);
    }

    private void succeeded(Succeeded succeeded, EventRef at) {
        PayOrderFacts payOrder = payOrder(succeeded.payOrderId());
        if (payOrder.succeeded != null) {
            foundWhileFolding.add(Discrepancy.of(Check.PAYMENT, null, succeeded.payOrderId(), succeeded.payOrderId(), null,
                    succeeded.cashAmount(), List.of(payOrder.succeededAt, at), "pay order " + succeeded.payOrderId()
                    + " succeeded twice"));
            return;
        }
        payOrder.succeeded(succeeded, at);
    }

    private void paid(OrderPaid paid, EventRef at) {
        Funds funds = paid.funding();
        if (!funds.oneCurrency() || !paidByOrder.getOrDefault(paid.orderId(), funds.cash()).sameCurrency(funds.cash())) {
            foundWhileFolding.add(Discrepancy.of(Check.PAYMENT, null, paid.payOrderId(), paid.orderId(), null, funds.cash(),
                    List.of(at), "order " + paid.orderId() + " was paid " + funds + " by pay order " + paid.payOrderId()
                    + ": several currencies"));
            return;
        }
        ordersPaid.add(new Paid(paid, at));
        paidByOrder.merge(paid.orderId(), funds.total(), Amount::plus);
    }

    private PayOrderFacts payOrder(String id) {
        return payOrders.computeIfAbsent(id, any -> new PayOrderFacts());
    }

    /** What the orders this history paid were paid in all (deposits and final payments), by order id. */
    Amount paidTo(String orderId) {
        return paidByOrder.get(orderId);
    }

    /** The orders paid (by a deposit or in full), by id. */
    Set<String> ordersPaid() {
        return paidByOrder.keySet();
    }

    /** How many pay orders succeeded. */
    long paid() {
        return payOrders.values().stream().filter(payOrder -> payOrder.succeeded != null).count();
    }

    /** What is wrong, and how many paid pay orders were too recent at the {@code end} to have all their entries yet. */
    record Checked(List<Discrepancy> found, long inFlight) {
    }

    /**
     * Checks every paid pay order against the journal, and every order paid against its pay order.
     * A pay order paid less than {@code inFlight} before the {@code end} of the replay may miss journal
     * entries (the payment process writes them after the payment); one that has any of another amount
     * is always wrong.
     */
    Checked check(LedgerFold ledger, Instant end, Duration inFlight) {
        List<Discrepancy> found = new ArrayList<>(foundWhileFolding);
        long waiting = 0;
        for (Map.Entry<String, PayOrderFacts> each : payOrders.entrySet()) {
            PayOrderFacts payOrder = each.getValue();
            if (payOrder.succeeded != null) {
                boolean recent = end != null && payOrder.succeeded.at().plus(inFlight).isAfter(end);
                if (checkJournal(each.getKey(), payOrder, ledger, recent, found)) {
                    waiting++;
                }
            }
        }
        ordersPaid.forEach(paid -> checkOrder(paid, found));
        return new Checked(found, waiting);
    }

    /** @return whether entries are missing that may still come */
    private static boolean checkJournal(String id, PayOrderFacts payOrder, LedgerFold ledger, boolean recent, List<Discrepancy> found) {
        Created created = payOrder.created;
        if (created == null) {
            found.add(Discrepancy.of(Check.PAYMENT, null, id, id, null, payOrder.succeeded.cashAmount(),
                    List.of(payOrder.succeededAt), "pay order " + id + " succeeded but was never created"));
            return false;
        }
        List<EventRef> payment = List.of(payOrder.createdAt, payOrder.succeededAt);
        if (!payOrder.succeeded.cashAmount().sameAs(created.cashAmount())) {
            found.add(Discrepancy.of(Check.PAYMENT, null, id, id, null, created.cashAmount(), payment,
                    "pay order " + id + " asked for " + created.cashAmount() + " in cash and succeeded with "
                    + payOrder.succeeded.cashAmount()));
        }
        String wallet = AccountId.buyerWallet(UserId.of(created.buyerId())).toString();
        String clearing = kindOf(AccountKind.PLATFORM_CLEARING);
        boolean missing = false;
        missing |= checkEntry(new Part(COINS.of(id).value(), created.coinAmount(), AccountId.buyerCoins(UserId.of(created.buyerId())).toString(),
                clearing), id, payment, ledger, recent, found);
        missing |= checkEntry(new Part(VOUCHER.of(id).value(), created.voucherAmount(), kindOf(AccountKind.PLATFORM_MARKETING), clearing),
                id, payment, ledger, recent, found);
        missing |= checkEntry(new Part(PAY.of(id).value(), created.cashAmount(), wallet, clearing), id, payment, ledger, recent, found);
        if (!PaymentMethod.LEDGER_WALLET.name().equals(created.method())) {
            missing |= checkEntry(new Part(PAY_IN.of(id).value(), created.cashAmount(), kindOf(AccountKind.PLATFORM_GATEWAY), wallet),
                    id, payment, ledger, recent, found);
        }
        return missing;
    }

    /** Any account of this kind (a platform account, sharded): its code and the colon. */
    private static String kindOf(AccountKind kind) {
        return kind.code() + ":";
    }

    /**
     * One journal entry a paid pay order must have: its id, its amount, and the accounts it moves money
     * between (an account id, or a kind's code and colon for any shard of a platform account).
     */
    private record Part(String transferId, Amount amount, String from, String to) {

        boolean between(String debited, String credited) {
            return is(debited, from) && is(credited, to);
        }

        private static boolean is(String account, String expected) {
            return expected.endsWith(":") ? account.startsWith(expected) : account.equals(expected);
        }
    }

    /** @return whether the entry is missing but may still come */
    private static boolean checkEntry(Part part, String id, List<EventRef> payment, LedgerFold ledger, boolean recent,
                                      List<Discrepancy> found) {
        String transferId = part.transferId();
        Amount expected = part.amount();
        Entry entry = ledger.recordedEntry(transferId);
        if (entry == null) {
            if (!expected.isPositive()) {
                return false;
            }
            if (!recent) {
                found.add(Discrepancy.of(Check.PAYMENT, null, id, id, transferId, expected, payment,
                        "pay order " + id + " took " + expected + " but the journal has no entry " + transferId));
            }
            return recent;
        }
        List<EventRef> events = Stream.concat(payment.stream(), Stream.of(entry.at())).toList();
        if (!entry.recorded().amount().sameAs(expected)) {
            found.add(Discrepancy.of(Check.PAYMENT, entry.recorded().from(), id, id, transferId, expected, events,
                    "pay order " + id + " took " + expected + " but its journal entry moved " + entry.recorded().amount()));
        }
        if (!part.between(entry.recorded().from(), entry.recorded().to())) {
            found.add(Discrepancy.of(Check.PAYMENT, entry.recorded().from(), id, id, transferId, expected, events,
                    "pay order " + id + "'s entry " + transferId + " moves money from " + entry.recorded().from() + " to "
                    + entry.recorded().to() + ", not from " + part.from() + " to " + part.to()));
        }
        return false;
    }

    private void checkOrder(Paid paid, List<Discrepancy> found) {
        OrderPaid order = paid.paid();
        String payOrderId = order.payOrderId();
        PayOrderFacts payOrder = payOrders.get(payOrderId);
        Amount total = order.funding().total();
        if (payOrder == null || payOrder.created == null) {
            found.add(Discrepancy.of(Check.PAYMENT, null, payOrderId, order.orderId(), null, total, List.of(paid.at()),
                    "order " + order.orderId() + " was paid by pay order " + payOrderId + ", which the history does not have"));
            return;
        }
        List<EventRef> events = Stream.of(paid.at(), payOrder.createdAt, payOrder.succeededAt).filter(Objects::nonNull).toList();
        if (payOrder.succeeded == null) {
            found.add(Discrepancy.of(Check.PAYMENT, null, payOrderId, order.orderId(), null, total, events,
                    "order " + order.orderId() + " was paid by pay order " + payOrderId + ", which did not succeed"));
        }
        Charge charge = payOrder.created.charges().stream().filter(each -> each.orderId().equals(order.orderId()))
                .findFirst().orElse(null);
        if (charge == null) {
            found.add(Discrepancy.of(Check.PAYMENT, null, payOrderId, order.orderId(), null, total, events,
                    "order " + order.orderId() + " was paid by pay order " + payOrderId + ", which does not charge it"));
        } else if (!charge.funding().sameAs(order.funding())) {
            found.add(Discrepancy.of(Check.PAYMENT, null, payOrderId, order.orderId(), null, charge.amount(), events,
                    "order " + order.orderId() + " was paid " + order.funding() + "; pay order " + payOrderId
                    + " charged it " + charge.funding()));
        }
    }

    /** One pay order as far as the history goes. */
    private static final class PayOrderFacts {
        private Created created;
        private EventRef createdAt;
        private Succeeded succeeded;
        private EventRef succeededAt;

        private void created(Created event, EventRef at) {
            created = event;
            createdAt = at;
        }

        private void succeeded(Succeeded event, EventRef at) {
            succeeded = event;
            succeededAt = at;
        }
    }

    private record Paid(OrderPaid paid, EventRef at) {
    }

    /** Cash, coins and voucher, as stored. */
    record Funds(Amount cash, Amount coins, Amount voucher) {

        /** The three together; only for {@link #oneCurrency() one currency}. */
        Amount total() {
            return cash.plus(coins).plus(voucher);
        }

        boolean oneCurrency() {
            return cash.sameCurrency(coins) && cash.sameCurrency(voucher);
        }

        boolean sameAs(Funds other) {
            return cash.sameAs(other.cash) && coins.sameAs(other.coins) && voucher.sameAs(other.voucher);
        }

        @Override
        public String toString() {
            if (!oneCurrency()) {
                return "cash " + cash + ", coins " + coins + ", voucher " + voucher;
            }
            return total() + " (cash " + cash.amount().toPlainString() + ", coins " + coins.amount().toPlainString()
                   + ", voucher " + voucher.amount().toPlainString() + ")";
        }
    }

    /** What the fold reads of an {@code OrderCharge}. */
    record Charge(String orderId, Amount amount, Funds funding) {
    }

    /** What the fold reads of a {@link PayOrderCreatedEvent}. */
    record Created(String payOrderId, String buyerId, String method, Amount cashAmount, Amount coinAmount, Amount voucherAmount,
                   List<Charge> charges) {
    }

    /** What the fold reads of a {@link PaymentSucceededEvent}. */
    record Succeeded(String payOrderId, Amount cashAmount, Instant at) {
    }

    /** What the fold reads of an {@link OrderPaidEvent} or {@link OrderDepositPaidEvent}. */
    record OrderPaid(String orderId, String payOrderId, Funds funding) {
    }
}
