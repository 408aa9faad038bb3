package dev.orderledger.app.finance;

import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.app.finance.Discrepancy.Check;
import dev.orderledger.app.finance.LedgerFold.Entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders' lines as sold (with their share of the order's discount) and the refunds set aside against them (a refund finally refused is
 * released and no longer counts). The refunds of a line never take more units than it sold nor more
 * money than was payable for it; and the journal never gives an order's buyer back more (as
 * {@code refund-cash:}, {@code refund-coins:} and {@code refund-voucher:} entries) than the order was paid.
 */
final class RefundFold {

    private final Map<String, OrderRefunds> orders = new HashMap<>();

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
        OrderRefunds order = order(placed.orderId());
        order.placedAt = at;
        placed.lines().forEach(line -> order.lines.put(line.lineNo(), line));
    }

    private void requested(Requested requested, EventRef at) {
        OrderRefunds order = order(requested.orderId());
        order.refunds.put(requested.refundId(), new Refund(requested, at));
        order.everRequested.add(requested.refundId());
    }

    /** Every refund ever requested of this order, released ones included (in the order requested). */
    Collection<String> everRequestedOf(String orderId) {
        OrderRefunds order = orders.get(orderId);
        return order == null ? List.of() : order.everRequested;
    }

    private OrderRefunds order(String orderId) {
        return orders.computeIfAbsent(orderId, any -> new OrderRefunds());
    }

    /** How many refunds stand (requested and not released). */
    long refunds() {
        return orders.values().stream().mapToLong(order -> order.refunds.size()).sum();
    }

    List<Discrepancy> check(LedgerFold ledger, PaymentFold payments) {
        List<Discrepancy> found = new ArrayList<>();
        orders.forEach((orderId, order) -> {
            if (!order.refunds.isEmpty()) {
                checkLines(orderId, order, found);
                checkJournal(orderId, order, ledger, payments.paidTo(orderId), found);
            }
        });
        return found;
    }

    private static void checkLines(String orderId, OrderRefunds order, List<Discrepancy> found) {
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
            for (Refund refund : refunds) {
                for (RefundedLine line : refund.requested().lines()) {
                    if (line.lineNo() == lineNo) {
                        units += line.quantity();
                        amount = amount.plus(line.amount());
                    }
                }
            }
            Amount payable = new Amount(sold.lineTotal().amount().subtract(sold.discount().amount()), sold.lineTotal().currency());
            if (units > sold.quantity() || amount.exceeds(payable) || !amount.currency().equals(payable.currency())) {
                found.add(Discrepancy.of(Check.REFUND_LIMIT, null, subject, orderId, null, amount, events,
                        refunds.size() + (refunds.size() == 1 ? " refund takes " : " refunds take ") + units + " units and "
                        + amount + " of line " + lineNo + ", which sold " + sold.quantity() + " units for " + payable));
            }
        });
    }

    private static void checkJournal(String orderId, OrderRefunds order, LedgerFold ledger, Amount paid, List<Discrepancy> found) {
        Amount returned = null;
        List<EventRef> events = new ArrayList<>();
        for (String refundId : order.refunds.keySet()) {
            for (String kind : List.of("refund-cash:", "refund-coins:", "refund-voucher:")) {
                Entry entry = ledger.recordedEntry(kind + refundId);
                if (entry != null) {
                    returned = returned == null ? entry.recorded().amount() : returned.plus(entry.recorded().amount());
                    events.add(entry.at());
                }
            }
        }
        if (returned != null && (paid == null || returned.exceeds(paid))) {
            found.add(Discrepancy.of(Check.REFUND_LIMIT, null, orderId, orderId, null, returned, events,
                    "the journal gives back " + returned + " for the refunds of order " + orderId + ", which was paid "
                    + (paid == null ? "nothing" : paid)));
        }
    }

    /** One order: its lines as sold (with the discount each was given) and its standing refunds, in the order they were requested. */
    private static final class OrderRefunds {
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
