/** Fulfillment: the process from payment to completion, with the carrier, and the seller's settlement. */
package dev.orderledger.saga.fulfillment;
