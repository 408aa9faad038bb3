package dev.orderledger.command.order;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.refund.RefundFinishedEvent;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.api.refund.RequestRefundCommand;

import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An order's refund bookkeeping: the units of each line and the money (cash, coins, voucher) that
 * every standing refund has set aside, and which of them completed. Refunds never take more units
 * than a line sold, nor more money than was paid: each unit of a line is worth its share of what the
 * line can return (shares differ by at most one minor unit, the first units taking the remainder), so
 * that refunding every unit returns exactly what the line cost. A refund finally refused gives its
 * units and money back. A member of the {@link Order}: it applies the order's refund events itself.
 */
final class RefundBook {

    private final Map<RefundId, List<RefundLine>> refunds = new HashMap<>();
    private final Map<RefundId, Funding> funding = new HashMap<>();
    private final Map<Integer, Integer> refundedUnits = new HashMap<>();
    private final Set<RefundId> finished = new HashSet<>();

    /**
     * What a refund takes of these lines: the line it names, or every unit still unrefunded.
     *
     * @param returnable what refunding all of a line returns (its payable amount, or less for a presale)
     */
    List<RefundLine> take(RequestRefundCommand command, List<OrderLine> lines, Function<OrderLine, Money> returnable) {
        List<RefundLine> taken = new ArrayList<>();
        for (OrderLine line : lines) {
            if (command.lineNo() != null && line.lineNo() != command.lineNo()) {
                continue;
            }
            int already = refundedUnits.getOrDefault(line.lineNo(), 0);
            int units = command.lineNo() == null ? line.quantity() - already : command.quantity();
            if (units <= 0 && command.lineNo() == null) {
                continue;
            }
            if (units < 1 || already + units > line.quantity()) {
                throw new BusinessRuleViolation("REFUND_EXCEEDS_PURCHASE", "line " + line.lineNo() + " has "
                        + (line.quantity() - already) + " units left to refund");
            }
            List<Money> perUnit = Allocation.proportional(returnable.apply(line),
                    Collections.nCopies(line.quantity(), line.unitPrice()));
            Money amount = perUnit.subList(already, already + units).stream().reduce(Money::plus).orElseThrow();
            taken.add(new RefundLine(line.lineNo(), new SkuRef(line.productId(), line.skuId()), units, amount));
        }
        return taken;
    }

    /**
     * Where this amount comes back from, out of what was paid and is not yet set aside: cash first, or
     * each source in proportion.
     */
    Funding fundingOf(Money amount, Funding paid, boolean inProportion) {
        Funding left = paid.minus(funding.values().stream().reduce(Funding.zero(amount.currency()), Funding::plus));
        return inProportion ? left.share(amount) : left.take(amount);
    }

    /** The money the standing refunds set aside, all sources together. */
    Money setAside(Currency currency) {
        return funding.values().stream().map(Funding::total).reduce(Money.zero(currency), Money::plus);
    }

    /** Every unit of these lines is set aside by a refund. */
    boolean takesEveryUnit(List<OrderLine> lines) {
        return lines.stream().allMatch(line -> refundedUnits.getOrDefault(line.lineNo(), 0) == line.quantity());
    }

    /**
     * Every unit is refunded, and every refund that set units aside has completed: a refund still
     * waiting (for the seller, an arbitration, the gateway) may yet be released.
     */
    boolean refundedInFull(List<OrderLine> lines) {
        return takesEveryUnit(lines) && finished.containsAll(refunds.keySet());
    }

    /** The refund stands (it set units aside and was not released). */
    boolean stands(RefundId refundId) {
        return refunds.containsKey(refundId);
    }

    boolean finished(RefundId refundId) {
        return finished.contains(refundId);
    }

    @EventSourcingHandler
    void on(RefundRequestedEvent event) {
        refunds.put(event.refundId(), event.lines());
        funding.put(event.refundId(), event.funding());
        event.lines().forEach(line -> refundedUnits.merge(line.lineNo(), line.quantity(), Integer::sum));
    }

    @EventSourcingHandler
    void on(RefundFinishedEvent event) {
        finished.add(event.refundId());
    }

    @EventSourcingHandler
    void on(RefundReleasedEvent event) {
        funding.remove(event.refundId());
        refunds.remove(event.refundId()).forEach(line -> refundedUnits.merge(line.lineNo(), -line.quantity(), Integer::sum));
    }
}
