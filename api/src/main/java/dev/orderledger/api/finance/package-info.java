/**
 * Finance's questions, for other modules (the console): a reconciliation of the journal, the match of the
 * gateway's daily statement, a day's settlement per seller and its money flow between account kinds, and an
 * account's balance at an instant. Finance answers them from the event store, as its HTTP API does; whoever asks
 * has checked that the reader is finance or an admin.
 */
package dev.orderledger.api.finance;
