/** Messages of orders: placement, the order's statuses and lines, cancellation, and order queries. */
package dev.orderledger.api.order;
