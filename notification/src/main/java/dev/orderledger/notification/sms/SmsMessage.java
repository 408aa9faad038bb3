package dev.orderledger.notification.sms;

import dev.orderledger.api.security.UserId;

import java.util.UUID;

/** A message of the SMS outbox claimed for sending: its claim, to whom, the text, and which attempt this is. */
record SmsMessage(UUID id, UUID claim, UserId recipient, String text, int attempt) {
}
