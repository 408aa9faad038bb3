/**
 * Risk control in the console, for admins (ADR 0023, ADR 0026): the review rules read and changed, users blocked
 * and unblocked with a reason, who is blocked now, and one user's standing with its history.
 */
package dev.orderledger.console.risk;
