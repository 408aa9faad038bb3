package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.DeliveryStatus;
import dev.orderledger.api.notification.DeliveryPage;
import dev.orderledger.api.notification.DeliveryView;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.notification.DeliveryView.AttemptView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The webhook outbox ({@code webhook_delivery}) and its log ({@code webhook_attempt}). The feed adds
 * deliveries in its transaction; the loop claims due ones of enabled endpoints ({@code FOR UPDATE SKIP
 * LOCKED}, for a while: a node that dies mid-attempt leaves them to be claimed again) and records every
 * attempt; an outcome changes the delivery only while its claim holds.
 */
@Component
class WebhookDeliveries {

    private static final int MAX_ERROR = 300;

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a delivery, due at once, unless it is there already. */
    void enqueue(UUID id, String endpointId, NotificationKind kind, OrderId orderId, String payload, Instant at) {
        jdbc.update("""
                INSERT INTO webhook_delivery (id, endpoint_id, kind, order_id, payload, status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (id) DO NOTHING""",
                id, endpointId, kind.name(), orderId == null ? null : orderId.value(), payload, Timestamp.from(at),
                Timestamp.from(at));
    }

    /** Claims up to {@code limit} due deliveries of enabled endpoints until {@code now + lease}, counting the attempt each is about to be. */
    List<ClaimedDelivery> claimDue(int limit, Instant now, Duration lease) {
        UUID claim = UUID.randomUUID();
        return jdbc.query("""
                UPDATE webhook_delivery d SET claim = ?, next_attempt_at = ?, attempts = d.attempts + 1
                FROM webhook_endpoint e
                WHERE e.id = d.endpoint_id AND d.id IN (
                    SELECT due.id FROM webhook_delivery due JOIN webhook_endpoint target ON target.id = due.endpoint_id
                    WHERE due.status = 'PENDING' AND due.next_attempt_at <= ? AND target.enabled
                    ORDER BY due.next_attempt_at LIMIT ? FOR UPDATE OF due SKIP LOCKED)
                RETURNING d.id, d.endpoint_id, e.url, e.secret, d.kind, d.payload, d.attempts""",
                (row, index) -> new ClaimedDelivery(row.getObject("id", UUID.class), claim, row.getString("endpoint_id"),
                        row.getString("url"), row.getString("secret"), row.getString("kind"), row.getString("payload"),
                        row.getInt("attempts")),
                claim, Timestamp.from(now.plus(lease)), Timestamp.from(now), limit);
    }

    /** Logs an attempt (whether or not its claim still holds: it was made). */
    void log(ClaimedDelivery delivery, Attempt attempt) {
        jdbc.update("INSERT INTO webhook_attempt (delivery_id, attempted_at, status_code, error, duration_ms, succeeded)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                delivery.id(), Timestamp.from(attempt.at()), attempt.statusCode(), StoredText.fit(attempt.error(), MAX_ERROR),
                (int) Math.min(Integer.MAX_VALUE, attempt.took().toMillis()), attempt.succeeded());
    }

    /** The receiver took it; false when the claim was lost meanwhile. */
    boolean delivered(ClaimedDelivery delivery, Instant at) {
        return jdbc.update("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = ?, claim = NULL"
                + " WHERE id = ? AND claim = ?", Timestamp.from(at), delivery.id(), delivery.claim()) == 1;
    }

    /** Tries again at this time; false when the claim was lost meanwhile. */
    boolean retryAt(ClaimedDelivery delivery, Instant at) {
        return jdbc.update("UPDATE webhook_delivery SET next_attempt_at = ?, claim = NULL WHERE id = ? AND claim = ?",
                Timestamp.from(at), delivery.id(), delivery.claim()) == 1;
    }

    /** No attempt is left: failed until a redelivery; false when the claim was lost meanwhile. */
    boolean failed(ClaimedDelivery delivery) {
        return jdbc.update("UPDATE webhook_delivery SET status = 'FAILED', claim = NULL WHERE id = ? AND claim = ?",
                delivery.id(), delivery.claim()) == 1;
    }

    /**
     * Sends a delivered or failed delivery of this endpoint again, with the same id and body: a new round
     * of attempts, the first at once. One still waiting for its next attempt is refused (409).
     */
    void redeliver(String endpointId, UUID deliveryId, Instant now) {
        int queued = jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, claim = NULL
                WHERE id = ? AND endpoint_id = ? AND status <> 'PENDING'""", Timestamp.from(now), deliveryId, endpointId);
        if (queued == 0) {
            List<String> status = jdbc.queryForList("SELECT status FROM webhook_delivery WHERE id = ? AND endpoint_id = ?",
                    String.class, deliveryId, endpointId);
            if (status.isEmpty()) {
                throw new ResourceNotFound("no delivery " + deliveryId);
            }
            throw new StateConflict(status.get(0), "delivery " + deliveryId + " is waiting for its next attempt already");
        }
    }

    /** A page of the endpoint's log, newest first, optionally of one status, each delivery with its attempts. */
    DeliveryPage page(String endpointId, DeliveryStatus status, int page, int size) {
        String filter = status == null ? "" : " AND status = '" + status.name() + "'";
        List<DeliveryView> deliveries = jdbc.query("SELECT id, kind, order_id, status, created_at, delivered_at, next_attempt_at"
                        + " FROM webhook_delivery WHERE endpoint_id = ?" + filter + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (row, index) -> {
                    DeliveryStatus current = DeliveryStatus.valueOf(row.getString("status"));
                    Timestamp delivered = row.getTimestamp("delivered_at");
                    String orderId = row.getString("order_id");
                    return new DeliveryView(row.getObject("id", UUID.class), NotificationKind.valueOf(row.getString("kind")),
                            orderId == null ? null : OrderId.of(orderId), current, row.getTimestamp("created_at").toInstant(),
                            delivered == null ? null : delivered.toInstant(),
                            current == DeliveryStatus.PENDING ? row.getTimestamp("next_attempt_at").toInstant() : null, List.of());
                }, endpointId, size, (long) page * size);
        Long total = jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE endpoint_id = ?" + filter, Long.class,
                endpointId);
        Map<UUID, List<AttemptView>> attempts = attemptsOf(deliveries.stream().map(DeliveryView::deliveryId).toList());
        List<DeliveryView> items = deliveries.stream().map(delivery -> new DeliveryView(delivery.deliveryId(), delivery.kind(),
                delivery.orderId(), delivery.status(), delivery.createdAt(), delivery.deliveredAt(), delivery.nextAttemptAt(),
                attempts.getOrDefault(delivery.deliveryId(), List.of()))).toList();
        return new DeliveryPage(items, page, size, total == null ? 0 : total);
    }

    private Map<UUID, List<AttemptView>> attemptsOf(List<UUID> deliveries) {
        Map<UUID, List<AttemptView>> attempts = new HashMap<>();
        if (deliveries.isEmpty()) {
            return attempts;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT delivery_id, attempted_at, status_code, error, duration_ms, succeeded"
                    + " FROM webhook_attempt WHERE delivery_id = ANY (?) ORDER BY id");
            statement.setArray(1, connection.createArrayOf("uuid", deliveries.toArray()));
            return statement;
        }, row -> {
            List<AttemptView> of = attempts.computeIfAbsent(row.getObject("delivery_id", UUID.class), id -> new ArrayList<>());
            int answered = row.getInt("status_code");
            Integer statusCode = row.wasNull() ? null : answered;
            of.add(new AttemptView(of.size() + 1, row.getTimestamp("attempted_at").toInstant(), statusCode,
                    row.getString("error"), row.getLong("duration_ms"), row.getBoolean("succeeded")));
        });
        return attempts;
    }
}
