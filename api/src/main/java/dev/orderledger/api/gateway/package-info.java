/**
 * What the payment gateway and the ledger both read, typed once: {@link dev.orderledger.api.gateway.GatewayStatement},
 * the gateway's daily statement file that its simulator writes and finance matches with the journal,
 * and {@link dev.orderledger.api.gateway.RefundReference}, the merchant reference of a refund, which
 * names what the money went back for. Plain records and parsers, no Spring.
 */
package dev.orderledger.api.gateway;
