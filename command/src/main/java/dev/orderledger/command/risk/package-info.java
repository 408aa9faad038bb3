/**
 * Risk control: a user's standing (blocked or not, and why), kept as events, and the check that
 * refuses a blocked user's placement, checkout and payment.
 */
package dev.orderledger.command.risk;
