/**
 * What the simulated partners share: scenarios keyed by request, an idempotent record of what they
 * took, callbacks played in order (or reordered, repeated, dropped) and delivered signed with retries,
 * and their answers over HTTP. They speak the partners' side of the protocols of saga's clients
 * ({@code saga.gateway}, {@code saga.carrier}, {@code saga.partner}) and know nothing else of the
 * ledger. In memory; a development tool: in the default build's jar only (a production assembly,
 * {@code -Dproduction}, leaves this module out), and on only with the {@code dev} profile
 * ({@code ledger.partners.simulator.enabled}). Their controls need an ADMIN token, and what they took
 * is shown only to the ledger (its signed requests) and to admins (see the ledger's security rules).
 */
package dev.orderledger.simulator;
