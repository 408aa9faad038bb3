/**
 * Operating the read side: each projection's progress through the event store, its dead letters
 * (listed, retried, dropped) and its rebuild from the first event, over HTTP for admins and from
 * the command line.
 */
package dev.orderledger.app.operations;
