/**
 * The Order aggregate (statuses, payment deadlines, completion and closure) with its fulfillment
 * member ({@code OrderFulfillment}), the placement policy that prices an order
 * ({@code PlacementPricing}), its refund bookkeeping ({@code RefundBook}) and the refund handler's
 * access to it ({@code OrderRefunds}), the order id generator, and the buyers' and sellers' order
 * endpoints.
 */
package dev.orderledger.command.order;
