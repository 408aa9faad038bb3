package dev.orderledger.notification.sms;

import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.security.UserId;
import dev.orderledger.notification.OrderNews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SMS outbox ({@code sms_message}): the feed adds a message in its transaction, the loop claims the
 * due ones ({@code FOR UPDATE SKIP LOCKED}, for a while: a node that dies mid-send leaves them to be
 * claimed again) and records each outcome, unless its claim was taken over meanwhile.
 */
@Component
public class SmsOutbox {

    private static final int MAX_TEXT = 500;
    private static final int MAX_ERROR = 300;

    private final JdbcTemplate jdbc;

    SmsOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the buyer's SMS of this news, once, due at once. */
    public void enqueue(OrderNews news, UserId buyer, String text) {
        jdbc.update("""
                INSERT INTO sms_message (id, recipient_id, kind, order_id, text, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (id) DO NOTHING""",
                news.idFor("sms:" + buyer.value()), buyer.value(), news.kind().name(), news.orderId().value(),
                StoredText.fit(text, MAX_TEXT), Timestamp.from(news.at()), Timestamp.from(news.at()));
    }

    /** Claims up to {@code limit} due messages until {@code now + lease}, counting the attempt each is about to be. */
    List<SmsMessage> claimDue(int limit, Instant now, Duration lease) {
        UUID claim = UUID.randomUUID();
        return jdbc.query("""
                UPDATE sms_message SET claim = ?, next_attempt_at = ?, attempts = attempts + 1
                WHERE id IN (SELECT id FROM sms_message WHERE status = 'PENDING' AND next_attempt_at <= ?
                             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id, recipient_id, text, attempts""",
                (row, index) -> new SmsMessage(row.getObject("id", UUID.class), claim, UserId.of(row.getString("recipient_id")),
                        row.getString("text"), row.getInt("attempts")),
                claim, Timestamp.from(now.plus(lease)), Timestamp.from(now), limit);
    }

    void sent(SmsMessage message, Instant at) {
        finish(message, "SENT", null, at);
    }

    /** The recipient has no phone: nothing to send, ever. */
    void noPhone(SmsMessage message) {
        finish(message, "NO_PHONE", null, null);
    }

    /** The provider refused or failed: try again after {@code retryIn}, or mark the message failed when no attempt is left. */
    void failed(SmsMessage message, String error, Optional<Duration> retryIn, Instant now) {
        if (retryIn.isEmpty()) {
            finish(message, "FAILED", error, null);
            return;
        }
        jdbc.update("UPDATE sms_message SET next_attempt_at = ?, last_error = ?, claim = NULL WHERE id = ? AND claim = ?",
                Timestamp.from(now.plus(retryIn.get())), StoredText.fit(error, MAX_ERROR), message.id(), message.claim());
    }

    private void finish(SmsMessage message, String status, String error, Instant sentAt) {
        jdbc.update("UPDATE sms_message SET status = ?, last_error = ?, sent_at = ?, claim = NULL WHERE id = ? AND claim = ?",
                status, StoredText.fit(error, MAX_ERROR), sentAt == null ? null : Timestamp.from(sentAt), message.id(),
                message.claim());
    }
}
