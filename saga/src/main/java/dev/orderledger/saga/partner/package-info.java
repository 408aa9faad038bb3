/**
 * What the ledger shares with every outside partner: the reading of a callback signed with
 * {@link dev.orderledger.api.signature.CallbackSignature} (which also signs the ledger's requests to
 * them), JSON over HTTP to a partner and what its answers mean, where the partners are
 * ({@code ledger.partners}), the start-up check that refuses partners it cannot reach or trust, the
 * HTTP clients built from that, and the bounded pool where requests wait for a partner's answer, so
 * that no process's thread does.
 */
package dev.orderledger.saga.partner;
