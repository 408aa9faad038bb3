/** Return and refund: the process from a refund request to the money back with the buyer and the goods back on the shelf. */
package dev.orderledger.saga.refund;
