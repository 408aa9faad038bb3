/**
 * Types shared by every feature: the refusals that the API maps to problem details, the metadata
 * keys that travel with every message, and the consistency token that a write answers with and a read
 * may wait for.
 */
package dev.orderledger.api.common;
