/**
 * The Inventory aggregate (one per bucket of a SKU's stock: available, reserved per order with
 * expiry, sold), the stock plan of a hot SKU (how many buckets), the router that sends each stock
 * command to its bucket, the splitter that adds buckets and rebalances them, and the stock endpoints.
 */
package dev.orderledger.command.inventory;
