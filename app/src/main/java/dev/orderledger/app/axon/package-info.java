/**
 * Axon wiring on PostgreSQL: the JDBC stores' PostgreSQL specifics, the aggregate cache, and the
 * metadata (correlation id, acting user) that every command carries into the events it causes.
 */
package dev.orderledger.app.axon;
