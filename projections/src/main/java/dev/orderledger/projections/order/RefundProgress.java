package dev.orderledger.projections.order;

import dev.orderledger.api.order.ItemStatus;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderRefundStatus;
import dev.orderledger.api.refund.RefundDetail;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundStatus;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far an order's refunds have come, by line: the units a refund under way has set aside, and the
 * units refunded for good (the money went back), and the units the seller reported short. A refund closed without paying anything back counts
 * for neither.
 */
final class RefundProgress {

    /** The statuses in which the money went back: the units are refunded for good. */
    private static final Set<RefundStatus> REFUNDED = EnumSet.of(RefundStatus.R10_REFUNDED, RefundStatus.RESTOCKED,
            RefundStatus.COMPLETED);

    private final Map<Integer, Integer> refunding = new HashMap<>();
    private final Map<Integer, Integer> refunded = new HashMap<>();
    private final Map<Integer, Integer> shortUnits = new HashMap<>();

    RefundProgress(List<RefundDetail> refunds) {
        for (RefundDetail refund : refunds) {
            if (refund.status() == RefundStatus.CLOSED) {
                continue;
            }
            Map<Integer, Integer> units = REFUNDED.contains(refund.status()) ? refunded : refunding;
            for (RefundLine line : refund.lines()) {
                units.merge(line.lineNo(), line.quantity(), Integer::sum);
                if (refund.kind() == RefundKind.SHORTAGE) {
                    shortUnits.merge(line.lineNo(), line.quantity(), Integer::sum);
                }
            }
        }
    }

    ItemStatus of(OrderLine line, boolean shipped) {
        int lineNo = line.lineNo();
        return ItemStatus.of(line.quantity(), shortUnits.getOrDefault(lineNo, 0), refunding.getOrDefault(lineNo, 0),
                refunded.getOrDefault(lineNo, 0), shipped);
    }

    /** Every unit refunded: fully; any refund under way: in progress; else partly, or none. */
    OrderRefundStatus of(List<OrderLine> lines) {
        int units = lines.stream().mapToInt(OrderLine::quantity).sum();
        int done = refunded.values().stream().mapToInt(Integer::intValue).sum();
        if (units > 0 && done >= units) {
            return OrderRefundStatus.FULLY_REFUNDED;
        }
        if (!refunding.isEmpty()) {
            return OrderRefundStatus.IN_PROGRESS;
        }
        return done > 0 ? OrderRefundStatus.PARTLY_REFUNDED : OrderRefundStatus.NONE;
    }
}
