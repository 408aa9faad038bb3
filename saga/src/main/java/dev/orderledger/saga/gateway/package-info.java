/**
 * The payment gateway as the ledger sees it: its requests and answers, the HTTP client, the signed
 * callback endpoint {@code POST /api/payments/callback}, and {@link dev.orderledger.saga.gateway.GatewayResults},
 * the one place where what the gateway says becomes payment and refund commands, and
 * {@link dev.orderledger.saga.gateway.GatewayStatement}, the format of the gateway's daily statement
 * that its simulator writes and finance reads.
 */
package dev.orderledger.saga.gateway;
