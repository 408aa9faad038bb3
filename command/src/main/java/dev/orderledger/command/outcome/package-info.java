/**
 * Writes that answer with their outcome: a placement or a payment subscribes to its orders' changes
 * before it sends its command, and answers as soon as the order views show the outcome, or when its
 * wait runs out, without holding a request thread in the meantime.
 */
package dev.orderledger.command.outcome;
