/**
 * Operating the read side in the console, for admins: each projection's position, lag and dead letters (retried
 * or dropped), and the search index's rebuild with its progress, over the messages of {@code api.operations}.
 */
package dev.orderledger.console.operations;
