package dev.orderledger.notification.sms;

import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.outbox.OutboxLoop;
import dev.orderledger.notification.outbox.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends the SMS outbox's messages: looks up the recipient's phone ({@link PhoneDirectory}; none: no
 * SMS), hands the text to the {@link SmsSender}, and when the provider fails, retries with back-off
 * ({@link RetryPolicy}) until the attempts run out. A provider that is down loses nothing: the messages
 * wait in the outbox.
 */
class SmsDelivery implements OutboxLoop.Outbox<SmsMessage> {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);
    /** How long a claim holds: a send is one call to the provider, far shorter. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final SmsOutbox outbox;
    private final PhoneDirectory phones;
    private final SmsSender sender;
    private final RetryPolicy retries;
    private final Clock clock;

    SmsDelivery(SmsOutbox outbox, PhoneDirectory phones, SmsSender sender, NotificationSettings.Sms settings, Clock clock) {
        this.outbox = outbox;
        this.phones = phones;
        this.sender = sender;
        this.retries = settings.retries();
        this.clock = clock;
    }

    @Override
    public List<SmsMessage> claimDue(int limit) {
        return outbox.claimDue(limit, clock.instant(), LEASE);
    }

    @Override
    public void deliver(SmsMessage message) {
        try {
            Optional<String> phone = phones.phoneOf(message.recipient());
            if (phone.isEmpty()) {
                outbox.noPhone(message);
                return;
            }
            sender.send(phone.get(), message.text());
        } catch (RuntimeException failed) {
            Instant now = clock.instant();
            Optional<Duration> retryIn = retries.delayAfter(message.attempt(), ThreadLocalRandom.current());
            log.warn("SMS {} to user {} not sent (attempt {}): {}; {}", message.id(), message.recipient(), message.attempt(),
                    failed.toString(), retryIn.map(wait -> "next attempt in " + wait).orElse("no attempt left"));
            outbox.failed(message, failed.toString(), retryIn, now);
            return;
        }
        outbox.sent(message, clock.instant());
    }
}
