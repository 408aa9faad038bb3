/**
 * The fulfillment (carrier) partner as the ledger sees it: shipments, the HTTP client, the signed
 * callback endpoint {@code POST /api/fulfillment/callback}, and
 * {@link dev.orderledger.saga.carrier.ShipmentResults}, the one place where what the carrier says becomes
 * order commands.
 */
package dev.orderledger.saga.carrier;
