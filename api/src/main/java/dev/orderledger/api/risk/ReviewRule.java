package dev.orderledger.api.risk;

/** A rule of {@link ReviewRules} that put an order under review. */
public enum ReviewRule {
    /** The buyer is on the blacklist. */
    BLACKLISTED,
    /** The buyer placed more orders in the last hour than the rules allow. */
    ORDERS_PER_HOUR,
    /** The buyer placed more orders in the last day than the rules allow. */
    ORDERS_PER_DAY,
    /** The buyer asked for more units of a promotional SKU, all their orders together, than the rules allow. */
    PROMOTIONAL_UNITS,
    /** The buyer's first order is worth more than the rules allow without a look. */
    FIRST_ORDER_AMOUNT,
    /** The buyer's screening refused the order: a person looks rather than let it through. */
    SCREENING_FAILED
}
