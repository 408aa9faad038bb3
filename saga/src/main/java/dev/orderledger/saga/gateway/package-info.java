/**
 * The payment gateway as the ledger sees it: its requests and answers, the HTTP client, the signed
 * callback endpoint {@code POST /api/payments/callback}, and {@link dev.orderledger.saga.gateway.GatewayResults},
 * the one place where what the gateway says becomes payment and refund commands. The statement file and
 * the refund references are in {@code api.gateway}: finance reads them too.
 */
package dev.orderledger.saga.gateway;
