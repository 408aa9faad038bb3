/**
 * The order views, all built in the one processing group {@code order-views} (one token covers
 * them): each order with its lines, amounts, statuses and step times; the item snapshots its lines
 * were sold as; its pay orders and refunds; and its timeline of every event with who caused it and
 * why. Each row remembers the last aggregate sequence it applied (timeline entries are keyed by
 * event), every value comes from the events, and each projection forgets its rows on a reset, so a
 * rebuild from the first event gives the same rows.
 */
package dev.orderledger.projections.order;
