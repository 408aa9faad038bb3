/**
 * Messages of the money journal. Money moves only by transfers: a transfer is one journal entry
 * (from one account to another, one amount, an order reference) and the debit and credit it posts
 * on the two accounts, all recorded atomically. "From" is the account the money leaves, "to" the
 * account it enters. The queries read the journal back: balances, an account's statement, the
 * platform's totals over its shards, and a seller's settlement.
 */
package dev.orderledger.api.account;
