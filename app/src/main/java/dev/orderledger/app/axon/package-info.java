/**
 * Axon wiring on PostgreSQL: the JDBC stores' PostgreSQL specifics, the aggregate cache, the
 * metadata (correlation id, acting user) that every command carries into the events it causes, and
 * what an event processor does with events it keeps failing on: counted, then parked (a projection's
 * in its dead-letter queue, a process's in the manual intervention queue) with a cause the store can
 * keep, logged by name and counted in metrics, while the processor goes on.
 */
package dev.orderledger.app.axon;
