/**
 * The PayOrder aggregate (the P0..P11 state machine over 1..n orders of one buyer), the terms a new
 * pay order is created on ({@code PaymentTerms}: what it pays and how it is funded and split), and
 * the payment endpoints.
 */
package dev.orderledger.command.payment;
