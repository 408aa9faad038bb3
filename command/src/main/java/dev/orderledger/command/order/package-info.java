/**
 * The Order aggregate (placement, statuses, payment timeout), the order id generator, and the
 * buyer's order endpoints.
 */
package dev.orderledger.command.order;
