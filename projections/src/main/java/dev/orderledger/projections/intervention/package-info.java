/** The manual intervention queue view: one row per intervention with its reason, status, counts and resolution. */
package dev.orderledger.projections.intervention;
