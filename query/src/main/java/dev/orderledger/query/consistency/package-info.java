/**
 * Read-your-writes: every write answers with a consistency token (the event store position it
 * reached), and a query that is given the token waits, for a bounded time and only once its role
 * checks have passed, until the projections it reads have processed that position.
 */
package dev.orderledger.query.consistency;
