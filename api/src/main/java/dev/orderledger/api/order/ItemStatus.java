package dev.orderledger.api.order;

/**
 * Where one line of an order stands (seed {@code order_item_tab.item_status}): as sold, shipped, with a
 * refund under way, or refunded ({@code refunded} of its {@code units}).
 *
 * @param refunding units a refund under way has set aside
 * @param refunded  units refunded for good
 */
public record ItemStatus(Kind kind, int units, int refunding, int refunded) {

    public enum Kind { NORMAL, SHIPPED, REFUND_IN_PROGRESS, REFUNDED }

    /** The line's status from its units under refund and refunded, and whether its parcel left. */
    public static ItemStatus of(int units, int refunding, int refunded, boolean shipped) {
        Kind kind = refunding > 0 ? Kind.REFUND_IN_PROGRESS
                : refunded > 0 ? Kind.REFUNDED
                : shipped ? Kind.SHIPPED : Kind.NORMAL;
        return new ItemStatus(kind, units, refunding, refunded);
    }
}
