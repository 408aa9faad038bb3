/**
 * What the ledger shares with every outside partner: the signature on their callbacks (and on the
 * ledger's requests to them) and the reading of a signed callback, JSON over HTTP to a partner and
 * what its answers mean, where the partners are ({@code ledger.partners}), the start-up check that
 * refuses partners it cannot reach or trust, the HTTP clients built from that, and the bounded pool
 * where requests wait for a partner's answer, so that no process's thread does.
 */
package dev.orderledger.saga.partner;
