/**
 * The message contract of the ledger: commands, events, queries and their answers, and the value
 * types they carry. Plain Java records with no Spring, so every other module can depend on it and
 * the serialized form of every event stays under our control.
 */
package dev.orderledger.api;
