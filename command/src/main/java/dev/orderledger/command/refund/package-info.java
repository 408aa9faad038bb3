/**
 * The Refund aggregate (return and refund state machine with buyer, admin and failed-fulfillment
 * kinds), the handler that opens a refund together with the order's set-aside, and the endpoints.
 */
package dev.orderledger.command.refund;
