/**
 * The journal: Account aggregates (balances, never negative unless clearing), Transfer aggregates
 * (one per journal entry), and the handler that records a transfer and posts both of its sides in
 * one unit of work, so the books balance after every commit.
 */
package dev.orderledger.command.account;
