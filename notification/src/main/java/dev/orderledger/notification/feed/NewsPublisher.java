package dev.orderledger.notification.feed;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.notification.NotificationKind.Audience;
import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.OrderNews;
import dev.orderledger.notification.feed.Parties.OrderParties;
import dev.orderledger.notification.inbox.Inbox;
import dev.orderledger.notification.inbox.InboxEntry;
import dev.orderledger.notification.outbox.OutboxLoop;
import dev.orderledger.notification.sms.SmsOutbox;
import dev.orderledger.notification.webhook.WebhookNews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Tells a piece of news to the order's parties, in the feed's transaction: an inbox notification for
 * each party the kind tells, the buyer's SMS when the kind has one, and a delivery for each of the
 * seller's endpoints that take the kind. Once that commits, the outboxes are woken. News older than
 * {@code ledger.notifications.max-age}, or of an order whose parties are unknown, is not told.
 */
@Component
class NewsPublisher {

    private static final Logger log = LoggerFactory.getLogger(NewsPublisher.class);

    private final Parties parties;
    private final Inbox inbox;
    private final SmsOutbox sms;
    private final WebhookNews webhooks;
    private final List<OutboxLoop<?>> outboxes;
    private final Duration maxAge;
    private final Clock clock;

    NewsPublisher(Parties parties, Inbox inbox, SmsOutbox sms, WebhookNews webhooks, List<OutboxLoop<?>> outboxes,
                  NotificationSettings settings, Clock clock) {
        this.parties = parties;
        this.inbox = inbox;
        this.sms = sms;
        this.webhooks = webhooks;
        this.outboxes = outboxes;
        this.maxAge = settings.maxAge();
        this.clock = clock;
    }

    void publish(OrderNews news) {
        if (news.at().isBefore(clock.instant().minus(maxAge))) {
            log.debug("{} of order {} is older than {}: not told", news.kind(), news.orderId(), maxAge);
            return;
        }
        Optional<OrderParties> party = parties.of(news.orderId());
        if (party.isEmpty()) {
            log.debug("{} of order {}: the order's parties are unknown, not told", news.kind(), news.orderId());
            return;
        }
        UserId buyer = party.get().buyer();
        UserId seller = party.get().seller();
        NotificationKind kind = news.kind();
        if (kind.tells(Audience.BUYER)) {
            inbox.add(entry(news, buyer, Audience.BUYER));
        }
        if (kind.tells(Audience.SELLER)) {
            inbox.add(entry(news, seller, Audience.SELLER));
        }
        if (kind.smsToBuyer()) {
            sms.enqueue(news, buyer, news.text(Audience.BUYER));
        }
        webhooks.queue(news, seller);
        outboxes.forEach(OutboxLoop::wakeAfterCommit);
    }

    private static InboxEntry entry(OrderNews news, UserId recipient, Audience audience) {
        return new InboxEntry(news.idFor("inbox:" + recipient.value()), recipient, news.kind(), news.orderId(), news.refundId(),
                news.text(audience), news.at());
    }
}
