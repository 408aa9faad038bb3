/**
 * The ledger's one signature scheme, HMAC-SHA256 over {@code timestamp + "." + body}: on the partners'
 * callbacks and the ledger's requests to them ({@code saga.partner}, the simulators), and on the
 * webhook deliveries to sellers ({@code notification.webhook}). Pure JDK, no Spring.
 */
package dev.orderledger.api.signature;
