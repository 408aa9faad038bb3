package dev.orderledger.notification.inbox;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The users' inboxes ({@code notification}): added to by the feed and the webhooks, read and marked read by their owners. */
@Component
public class Inbox {

    static final int MAX_TEXT = 500;

    private static final RowMapper<Notification> NOTIFICATION = (row, index) -> {
        String orderId = row.getString("order_id");
        String refundId = row.getString("refund_id");
        String orderStatus = row.getString("order_status");
        Timestamp readAt = row.getTimestamp("read_at");
        return new Notification(row.getObject("id", UUID.class), NotificationKind.valueOf(row.getString("kind")),
                orderId == null ? null : OrderId.of(orderId), refundId == null ? null : RefundId.of(refundId),
                orderStatus == null ? null : OrderStatus.valueOf(orderStatus), row.getString("text"),
                row.getTimestamp("created_at").toInstant(), readAt != null, readAt == null ? null : readAt.toInstant());
    };

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the notification unless it is there already (the same news handled again). */
    public void add(InboxEntry entry) {
        OrderStatus status = entry.kind().orderStatus();
        jdbc.update("""
                INSERT INTO notification (id, recipient_id, kind, order_id, refund_id, order_status, text, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                entry.id(), entry.recipient().value(), entry.kind().name(),
                entry.orderId() == null ? null : entry.orderId().value(), entry.refundId() == null ? null : entry.refundId().value(),
                status == null ? null : status.name(), StoredText.fit(entry.text(), MAX_TEXT), Timestamp.from(entry.at()));
    }

    /** A page of the recipient's inbox: unread first, then newest first; only the unread ones when asked. */
    NotificationPage page(UserId recipient, boolean unreadOnly, int page, int size) {
        List<Notification> items = jdbc.query("SELECT id, kind, order_id, refund_id, order_status, text, created_at, read_at"
                        + " FROM notification WHERE recipient_id = ?" + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY (read_at IS NOT NULL), created_at DESC, id LIMIT ? OFFSET ?",
                NOTIFICATION, recipient.value(), size, (long) page * size);
        long[] counts = jdbc.queryForObject(
                "SELECT count(*), count(*) FILTER (WHERE read_at IS NULL) FROM notification WHERE recipient_id = ?",
                (row, index) -> new long[] {row.getLong(1), row.getLong(2)}, recipient.value());
        return new NotificationPage(items, page, size, unreadOnly ? counts[1] : counts[0], counts[1]);
    }

    /** Marks one of the recipient's notifications read (once: the first time stays); 404 for anyone else's. */
    void markRead(UserId recipient, UUID id, Instant now) {
        int marked = jdbc.update("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient_id = ?",
                Timestamp.from(now), id, recipient.value());
        if (marked == 0) {
            throw new ResourceNotFound("no notification " + id);
        }
    }

    /** Marks every unread notification of the recipient read; how many that was. */
    int markAllRead(UserId recipient, Instant now) {
        return jdbc.update("UPDATE notification SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL",
                Timestamp.from(now), recipient.value());
    }
}
