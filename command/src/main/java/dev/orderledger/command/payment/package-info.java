/** The PayOrder aggregate (the P0..P11 state machine over 1..n orders of one buyer) and the payment endpoints. */
package dev.orderledger.command.payment;
