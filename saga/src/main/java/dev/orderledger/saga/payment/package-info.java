/**
 * Payment: the process from the buyer pressing pay to the orders being paid (or the money going
 * back), and where its money moves in the journal ({@code PaymentJournal}).
 */
package dev.orderledger.saga.payment;
