/**
 * Messages of payment: a pay order pays one or more orders of one buyer, split into cash, coins
 * and voucher, through the P0..P11 state machine of DOMAIN.md. Gateway transactions are applied
 * once, however often and in whatever order their callbacks arrive. An order's detail shows its
 * pay orders as {@link dev.orderledger.api.payment.PaymentDetail}.
 */
package dev.orderledger.api.payment;
