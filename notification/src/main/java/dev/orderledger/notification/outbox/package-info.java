/**
 * What the webhook and SMS outboxes share: the retry schedule (exponential back-off with full jitter,
 * up to a number of attempts) and the loop that claims what is due and hands it to a few senders of
 * its own, woken when new rows commit.
 */
package dev.orderledger.notification.outbox;
