package dev.orderledger.finance;

import dev.orderledger.api.account.JournalEntryKind;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.finance.LedgerFold.Entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.orderledger.api.account.JournalEntryKind.CHARGEBACK;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_CASH;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_COINS;
import static dev.orderledger.api.account.JournalEntryKind.REFUND_VOUCHER;
import static dev.orderledger.api.account.JournalEntryKind.SETTLE;
/**
 * Orders' lines as sold (with their share of the order's discount) and the refunds set aside against
 * them (a refund finally refused is released and no longer counts). The refunds of a line never take
 * more units than it sold nor more money than was payable for it; the journal never gives an order's
 * buyer back more (as {@code refund-cash:}, {@code refund-coins:} and {@code refund-voucher:} entries)
 * than the order was paid; and an order's money through clearing never goes out (settlement, refunds)
 * beyond what came in (payments, chargebacks).
 */
final class RefundFold {

    /** The journal entries that give a refund's money back to the buyer, by their kind. */
    private static final List<JournalEntryKind> BACK_TO_BUYER = List.of(REFUND_CASH, REFUND_COINS, REFUND_VOUCHER);

    private final Map<String, OrderRefundFacts> orders = new HashMap<>();

    static void readFrom(StoredPayloads payloads) {
        payloads.on(OrderPlacedEvent.class, Placed.class, (history, placed, at) -> history.refunds().placed(placed, at));
        payloads.on(OrderAwaitingPaymentEvent.class, Discounted.class,
                (history, discounted, at) -> history.refunds().order(discounted.orderId()).discounted(discounted.lineDiscounts()));
        payloads.on(RefundRequestedEvent.class, Requested.class,
                (history, requested, at) -> history.refunds().requested(requested, at));
        payloads.on(RefundReleasedEvent.class, Released.class,
                (history, released, at) -> history.refunds().order(released.orderId()).refunds.remove(released.refundId()));
    }

    private void placed(Placed placed, EventRef at) {
        OrderRefundFacts order = order(placed.orderId());
        order.placedAt = at;
        placed.lines().forEach(line -> order.lines.put(line.lineNo(), line));
    }

    private void requested(Requested requested, EventRef at) {
        OrderRefundFacts order = order(requested.orderId());
        order.refunds.put(requested.refundId(), new Refund(requested, at));
        order.everRequested.add(requested.refundId());
    }

    private OrderRefundFacts order(String orderId) {
        return orders.computeIfAbsent(orderId, any -> new OrderRefundFacts());
    }

    /** How many refunds stand (requested and not released). */
    long refunds() {
        return orders.values().stream().mapToLong(order -> order.refunds.size()).sum();
    }

    /**
     * Checks the standing refunds against the lines they take from and the journal against what each
     * order was paid; and, for every order paid, its money through clearing.
     */
    List<Discrepancy> check(LedgerFold ledger, PaymentFold payments) {
        List<Discrepancy> found = new ArrayList<>();
        orders.forEach((orderId, order) -> {
            if (!order.refunds.isEmpty()) {
                checkLines(orderId, order, found);
                checkGivenBack(orderId, order, ledger, payments.paidTo(orderId), found);
            }
        });
        payments.ordersPaid().forEach(orderId -> checkClearing(orderId, orders.get(orderId), ledger, payments.paidTo(orderId),
                found));
        return found;
    }

    private static void checkLines(String orderId, OrderRefundFacts order, List<Discrepancy> found) {
        Map<Integer, List<Refund>> byLine = new HashMap<>();
        order.refunds.values().forEach(refund -> refund.requested().lines()
                .forEach(line -> byLine.computeIfAbsent(line.lineNo(), any -> new ArrayList<>()).add(refund)));
        byLine.forEach((lineNo, refunds) -> {
            Line sold = order.lines.get(lineNo);
            List<EventRef> events = new ArrayList<>(refunds.stream().map(Refund::at).toList());
            String subject = orderId + "/line " + lineNo;
            if (sold == null) {
                found.add(Discrepancy.of(Check.REFUND_LIMIT, null, subject, orderId, null, null, events,
                        "refunds of line " + lineNo + " of order " + orderId + ", which the history does not have"));
                return;
            }
            events.add(order.placedAt);
            long units = 0;
            Amount amount = Amount.zero(sold.lineTotal().currency());
            List<Amount> otherCurrencies = new ArrayList<>();
            for (Refund refund : refunds) {
                for (RefundedLine line : refund.requested().lines()) {
                    if (line.lineNo() == lineNo) {
                        units += line.quantity();
                        if (line.amount().sameCurrency(amount)) {
                            amount = amount.plus(line.amount());
                        } else {
                            otherCurrencies.add(line.amount());
                        }
                    }
                }
            }
            Amount payable = new Amount(sold.lineTotal().amount().subtract(sold.discount().amount()), sold.lineTotal().currency());
            if (!otherCurrencies.isEmpty()) {
                found.add(Discrepancy.of(Check.REFUND_LIMIT, null, subject, orderId, null, otherCurrencies.get(0), events,
                        "refunds of line " + lineNo + " take " + otherCurrencies.stream().map(Amount::toString)
                        .collect(Collectors.joining(", ")) + ", another currency than the line's " + payable));
            } else if (units > sold.quantity() || amount.exceeds(payable)) {
                found.add(Discrepancy.of(Check.REFUND_LIMIT, null, subject, orderId, null, amount, events,
                        refunds.size() + (refunds.size() == 1 ? " refund takes " : " refunds take ") + units + " units and "
                        + amount + " of line " + lineNo + ", which sold " + sold.quantity() + " units for " + payable));
            }
        });
    }

    private static void checkGivenBack(String orderId, OrderRefundFacts order, LedgerFold ledger, Amount paid,
                                       List<Discrepancy> found) {
        List<EventRef> events = new ArrayList<>();
        Amount returned = sumOf(ledger, order.refunds.keySet(), BACK_TO_BUYER, events);
        if (returned != null && (paid == null || returned.exceeds(paid))) {
            found.add(Discrepancy.of(Check.REFUND_LIMIT, null, orderId, orderId, null, returned, events,
                    "the journal gives back " + returned + " for the refunds of order " + orderId + ", which was paid "
                    + (paid == null ? "nothing" : paid)));
        }
    }

    /**
     * What an order pays out of clearing (its settlement to the seller, its refunds to the buyer) never
     * exceeds what came in for it (its payments, and refunds charged back from the seller). Released
     * refunds count too: whatever the journal moved for them moved.
     */
    private static void checkClearing(String orderId, OrderRefundFacts order, LedgerFold ledger, Amount paid,
                                      List<Discrepancy> found) {
        Collection<String> refundIds = order == null ? List.of() : order.everRequested;
        List<EventRef> events = new ArrayList<>();
        List<Amount> inParts = new ArrayList<>(List.of(paid));
        inParts.addAll(amountsOf(ledger, refundIds, List.of(CHARGEBACK), events));
        List<Amount> outParts = amountsOf(ledger, refundIds, BACK_TO_BUYER, events);
        Entry settled = ledger.recordedEntry(SETTLE.of(orderId).value());
        if (settled != null) {
            outParts.add(settled.recorded().amount());
            events.add(settled.at());
        }
        List<String> otherCurrencies = Stream.concat(inParts.stream(), outParts.stream())
                .filter(part -> !part.sameCurrency(paid)).map(Amount::toString).toList();
        if (!otherCurrencies.isEmpty()) {
            found.add(Discrepancy.of(Check.CLEARING, null, orderId, orderId, settled == null ? null : settled.id(), paid, events,
                    "order " + orderId + " was paid in " + paid.currency() + ", and its refunds and settlement move "
                    + String.join(", ", otherCurrencies)));
            return;
        }
        Amount in = inParts.stream().reduce(Amount::plus).orElseThrow();
        Amount out = outParts.stream().reduce(Amount.zero(paid.currency()), Amount::plus);
        if (out.exceeds(in)) {
            found.add(Discrepancy.of(Check.CLEARING, null, orderId, orderId, settled == null ? null : settled.id(), out, events,
                    "order " + orderId + " paid out " + out + " (settlement and refunds) but took in " + in
                    + " (payments and chargebacks)"));
        }
    }

    /** The sum of the journal entries of these kinds for these refunds (null when there is none), noting where each was read. */
    private static Amount sumOf(LedgerFold ledger, Collection<String> refundIds, List<JournalEntryKind> kinds,
                                List<EventRef> events) {
        return amountsOf(ledger, refundIds, kinds, events).stream().reduce(Amount::plus).orElse(null);
    }

    /** The journal entries of these kinds for these refunds, noting where each was read. */
    private static List<Amount> amountsOf(LedgerFold ledger, Collection<String> refundIds, List<JournalEntryKind> kinds,
                                          List<EventRef> events) {
        List<Amount> amounts = new ArrayList<>();
        for (String refundId : refundIds) {
            for (JournalEntryKind kind : kinds) {
                Entry entry = ledger.recordedEntry(kind.of(refundId).value());
                if (entry != null) {
                    amounts.add(entry.recorded().amount());
                    events.add(entry.at());
                }
            }
        }
        return amounts;
    }

    /** One order: its lines as sold (with the discount each was given) and its standing refunds, in the order they were requested. */
    private static final class OrderRefundFacts {
        private final Map<Integer, Line> lines = new LinkedHashMap<>();
        private final Map<String, Refund> refunds = new LinkedHashMap<>();
        private final Set<String> everRequested = new LinkedHashSet<>();
        private EventRef placedAt;

        /** The order's discount (coupon, points) shared out over its lines, in their order. */
        private void discounted(List<Amount> lineDiscounts) {
            List<Line> sold = List.copyOf(lines.values());
            for (int i = 0; i < sold.size() && i < lineDiscounts.size(); i++) {
                Line line = sold.get(i);
                lines.put(line.lineNo(), new Line(line.lineNo(), line.quantity(), line.lineTotal(), lineDiscounts.get(i)));
            }
        }
    }

    private record Refund(Requested requested, EventRef at) {
    }

    /** What the fold reads of an {@code OrderLine}. */
    record Line(int lineNo, int quantity, Amount lineTotal, Amount discount) {
    }

    /** What the fold reads of an {@link OrderPlacedEvent}. */
    record Placed(String orderId, List<Line> lines) {
    }

    /** What the fold reads of an {@link OrderAwaitingPaymentEvent}: each line's share of the order's discount. */
    record Discounted(String orderId, List<Amount> lineDiscounts) {
    }

    /** What the fold reads of a {@code RefundLine}. */
    record RefundedLine(int lineNo, int quantity, Amount amount) {
    }

    /** What the fold reads of a {@link RefundRequestedEvent}. */
    record Requested(String orderId, String refundId, List<RefundedLine> lines) {
    }

    /** What the fold reads of a {@link RefundReleasedEvent}. */
    record Released(String orderId, String refundId) {
    }
}
