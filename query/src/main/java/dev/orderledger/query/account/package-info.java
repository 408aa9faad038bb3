/**
 * Account queries: a user's own balances, one account's balance and paged statement for its owner
 * (or admins and finance; 404 for anyone else), the platform's totals over its shards for admins and
 * finance, and a seller's own settlement with what is still pending.
 */
package dev.orderledger.query.account;
