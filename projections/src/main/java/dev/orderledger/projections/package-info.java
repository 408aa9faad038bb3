/**
 * Event handlers that build the read models in PostgreSQL, one package per view. Each handler is
 * idempotent (it remembers the last aggregate sequence it applied) and runs in its own processing
 * group, whose token is stored in the same transaction as the rows it writes.
 */
package dev.orderledger.projections;
