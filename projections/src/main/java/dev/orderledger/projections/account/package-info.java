/**
 * The account views: each account's balance and its postings (the statement), and the journal
 * entries that give a posting its other side, order reference and memo, joined when a statement is
 * read so that it does not matter which event arrives first. The platform's totals add up its
 * shards; a seller's settlement reads the journal entries between the platform's clearing and the
 * seller, and the seller's paid orders still to settle from the order view. All of it is rebuilt from
 * the events alone, in the processing group {@code account-views}.
 */
package dev.orderledger.projections.account;
