/**
 * What the simulated partners share: scenarios keyed by request, an idempotent record of what they
 * took, callbacks played in order (or reordered, repeated, dropped) and delivered signed with retries,
 * and their answers over HTTP. In memory; on by default ({@code ledger.partners.simulator.enabled}).
 */
package dev.orderledger.saga.simulator;
