/** Payment: the process from the buyer pressing pay to the orders being paid (or the money going back). */
package dev.orderledger.saga.payment;
