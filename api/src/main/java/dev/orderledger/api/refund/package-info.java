/**
 * Messages of returns and refunds. A refund covers a whole order or some units of one line; its
 * amount is what those units cost after their allocated discounts, and the refunds of an order
 * never add up to more than was paid for it. An order's detail shows its refunds as
 * {@link dev.orderledger.api.refund.RefundDetail}.
 */
package dev.orderledger.api.refund;
