/**
 * The order views, all built in the one processing group {@code order-views} (one token covers
 * them): each order with its lines, amounts, statuses and step times; the item snapshots its lines
 * were sold as; its pay orders and refunds; and its timeline of every event with who caused it and
 * why. Each row remembers the last aggregate sequence it applied (timeline entries are keyed by
 * event), every value comes from the events, and each projection forgets its rows on a reset, so a
 * rebuild from the first event gives the same rows.
 * <p>
 * The handlers write through Hibernate at a batch's cost, not an event's: a row is looked up by
 * primary key (no query that flushes the batch's pending writes) and a new one is inserted without
 * being read again ({@link dev.orderledger.projections.order.NewRows}); the values in JSON columns
 * are replaced, never changed in place, and are mapped as immutable, so that Hibernate neither
 * copies them through JSON when it loads a row nor serialises them to see whether they changed.
 */
package dev.orderledger.projections.order;
