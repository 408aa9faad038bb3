/**
 * Queries the command side answers from its aggregates, because they must agree with what the next
 * command decides: what a SKU sells for, what a coupon takes off.
 */
package dev.orderledger.command.reading;
