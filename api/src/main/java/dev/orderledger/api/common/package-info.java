/**
 * Types shared by every feature: the refusals that the API maps to problem details, the metadata
 * keys that travel with every message, and the acting user.
 */
package dev.orderledger.api.common;
