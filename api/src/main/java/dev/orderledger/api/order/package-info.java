/**
 * Messages of orders: placement, the order's statuses and lines, cancellation, and the order
 * queries with their answers (one order's detail with its lines as sold, pay orders, fulfillment,
 * refunds and timeline; pages of order summaries).
 */
package dev.orderledger.api.order;
