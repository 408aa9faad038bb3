package dev.orderledger.notification.webhook;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sellers' webhook endpoints ({@code webhook_endpoint}). A seller reaches only their own: any other
 * id reads as unknown (404). Deliveries count an endpoint's failures in a row; enough of them disable it.
 */
@Component
public class WebhookEndpoints {

    private static final String COLUMNS = "id, seller_id, url, secret, kinds, enabled, consecutive_failures, disabled_at, "
            + "created_at, updated_at";
    private static final RowMapper<Endpoint> ENDPOINT = (row, index) -> new Endpoint(row.getString("id"),
            UserId.of(row.getString("seller_id")), row.getString("url"), row.getString("secret"), kinds(row.getString("kinds")),
            row.getBoolean("enabled"), row.getInt("consecutive_failures"), instant(row.getTimestamp("disabled_at")),
            row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());

    private final JdbcTemplate jdbc;

    WebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new enabled endpoint of the seller, unless they have {@code maxEndpoints} already (422 {@code WEBHOOK_LIMIT}). */
    Endpoint register(UserId seller, String url, String secret, Collection<NotificationKind> kinds, int maxEndpoints, Instant now) {
        // the seller's endpoints are counted under a lock on the seller, so two registrations cannot both pass the limit
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", (RowCallbackHandler) row -> { },
                "webhook_endpoint:" + seller.value());
        Integer registered = jdbc.queryForObject("SELECT count(*) FROM webhook_endpoint WHERE seller_id = ?", Integer.class,
                seller.value());
        if (registered != null && registered >= maxEndpoints) {
            throw new BusinessRuleViolation("WEBHOOK_LIMIT", "a seller has at most " + maxEndpoints + " webhook endpoints");
        }
        String id = "wh-" + UUID.randomUUID();
        jdbc.update("INSERT INTO webhook_endpoint (id, seller_id, url, secret, kinds, enabled, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)",
                id, seller.value(), url, secret, column(kinds), Timestamp.from(now), Timestamp.from(now));
        return find(seller, id);
    }

    List<Endpoint> of(UserId seller) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE seller_id = ? ORDER BY created_at, id",
                ENDPOINT, seller.value());
    }

    /** The seller's endpoint; 404 for an unknown one or another seller's. */
    Endpoint find(UserId seller, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ? AND seller_id = ?", ENDPOINT, id,
                seller.value()).stream().findFirst().orElseThrow(() -> new ResourceNotFound("no webhook " + id));
    }

    /**
     * Changes the seller's endpoint: its URL, kinds, whether it is enabled, and its secret when a new one
     * is given. Enabling it again starts its count of failures afresh.
     */
    Endpoint update(UserId seller, String id, String url, String secret, Collection<NotificationKind> kinds, boolean enabled,
                    Instant now) {
        int changed = jdbc.update("""
                UPDATE webhook_endpoint SET url = ?, secret = COALESCE(?, secret), kinds = ?, updated_at = ?,
                    consecutive_failures = CASE WHEN ? AND NOT enabled THEN 0 ELSE consecutive_failures END,
                    disabled_at = CASE WHEN ? THEN NULL WHEN enabled THEN ? ELSE disabled_at END,
                    enabled = ?
                WHERE id = ? AND seller_id = ?""",
                url, secret, column(kinds), Timestamp.from(now), enabled, enabled, Timestamp.from(now), enabled, id,
                seller.value());
        if (changed == 0) {
            throw new ResourceNotFound("no webhook " + id);
        }
        return find(seller, id);
    }

    /** Removes the seller's endpoint with its deliveries and their log. */
    void delete(UserId seller, String id) {
        if (jdbc.update("DELETE FROM webhook_endpoint WHERE id = ? AND seller_id = ?", id, seller.value()) == 0) {
            throw new ResourceNotFound("no webhook " + id);
        }
    }

    /** The ids of the seller's endpoints that take this kind of news, enabled or not (a disabled one's deliveries wait). */
    public List<String> subscribedTo(UserId seller, NotificationKind kind) {
        return jdbc.query("SELECT id, kinds FROM webhook_endpoint WHERE seller_id = ? ORDER BY id",
                        (row, index) -> kinds(row.getString("kinds")).contains(kind) ? row.getString("id") : null, seller.value())
                .stream().filter(id -> id != null).toList();
    }

    /** A delivery went through: the endpoint's failures in a row are over. */
    void deliverySucceeded(String id) {
        jdbc.update("UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures <> 0", id);
    }

    /**
     * A delivery failed for good: one more failure in a row. The endpoint is disabled when this one
     * reaches {@code disableAfter} while it is enabled; then it is returned, to tell its seller.
     */
    Optional<Endpoint> deliveryFailed(String id, int disableAfter, Instant now) {
        Integer failures = jdbc.query("UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = ?"
                        + " RETURNING consecutive_failures", (row, index) -> row.getInt(1), id).stream().findFirst().orElse(null);
        if (failures == null || failures < disableAfter) {
            return Optional.empty();
        }
        int disabled = jdbc.update("UPDATE webhook_endpoint SET enabled = FALSE, disabled_at = ?, updated_at = ?"
                + " WHERE id = ? AND enabled", Timestamp.from(now), Timestamp.from(now), id);
        return disabled == 0 ? Optional.empty()
                : jdbc.query("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = ?", ENDPOINT, id).stream().findFirst();
    }

    private static String column(Collection<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining(","));
    }

    private static Set<NotificationKind> kinds(String column) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).forEach(name -> kinds.add(NotificationKind.valueOf(name)));
        return kinds;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
