package dev.orderledger.api.order;

/**
 * Where one line of an order stands (seed {@code order_item_tab.item_status}): as sold, shipped, with a
 * refund under way, refunded ({@code refunded} of its {@code units}), or short ({@code shortUnits} the
 * seller could not supply; their refund counts in {@code refunding} and then {@code refunded}).
 *
 * @param refunding  units a refund under way has set aside
 * @param refunded   units refunded for good
 * @param shortUnits units the seller reported short (seed 004 报缺)
 */
public record ItemStatus(Kind kind, int units, int refunding, int refunded, int shortUnits) {

    public enum Kind { NORMAL, SHIPPED, REFUND_IN_PROGRESS, REFUNDED, SHORT }

    /**
     * The line's status from its units short, under refund and refunded, and whether its parcel left: a
     * shortage names the line whatever its refund's progress, which the counts tell.
     */
    public static ItemStatus of(int units, int shortUnits, int refunding, int refunded, boolean shipped) {
        Kind kind = shortUnits > 0 ? Kind.SHORT
                : refunding > 0 ? Kind.REFUND_IN_PROGRESS
                : refunded > 0 ? Kind.REFUNDED
                : shipped ? Kind.SHIPPED : Kind.NORMAL;
        return new ItemStatus(kind, units, refunding, refunded, shortUnits);
    }
}
