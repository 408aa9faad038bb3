/**
 * What the ledger shares with every outside partner: the signature on their callbacks and the
 * reading of a signed callback, JSON over HTTP to a partner and what its answers mean, where the
 * partners are ({@code ledger.partners}) and the HTTP clients built from that.
 */
package dev.orderledger.saga.partner;
