package dev.orderledger.projections.order;

import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Tells the other nodes of one database which orders' documents changed, so that whoever follows an order on
 * any node ({@link FollowOrdersQuery}: a write waiting for its outcome, a client's event stream) hears of the
 * change, not only those on the node whose projection made it (ADR 0028).
 * <p>
 * {@link OrderDocuments} announces the orders of a batch in the batch's own transaction with PostgreSQL's
 * {@code NOTIFY}, which the database delivers once, and only if, the transaction commits. Every node listens
 * on one connection of its own; a notice from another node is matched against the orders followed here, and
 * only those are read (their document, by primary key) and emitted to their followers. A node ignores its own
 * notices: its projection emitted those changes itself.
 * <p>
 * A notice can be lost while a node's listening connection is down (it listens again after a second): a
 * follower then hears nothing of that change, and a waiting write answers 202 with the order's location after
 * its wait, as it does when the views are late.
 */
@Component
public class OrderChangeChannel implements SmartLifecycle {

    static final String CHANNEL = "ledger_order_changes";
    /** PostgreSQL's limit on a notice's payload is 8000 bytes. */
    private static final int PAYLOAD_LIMIT = 7_900;
    private static final char SENDER_END = '|';

    private static final Logger log = LoggerFactory.getLogger(OrderChangeChannel.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final QueryUpdateEmitter updates;
    private final OrderDocuments documents;
    private final boolean enabled;
    /** This node's name on the channel: a process's own, new at every start. */
    private final String sender = UUID.randomUUID().toString();
    private volatile boolean running;
    private Thread listener;

    OrderChangeChannel(JdbcClient jdbc, DataSource dataSource, QueryUpdateEmitter updates, OrderDocuments documents,
                       @Value("${ledger.cluster.order-changes:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.updates = updates;
        this.documents = documents;
        this.enabled = enabled;
        documents.announceTo(this::announce);
    }

    /** Announces that these orders' documents changed, in the current transaction: the notice leaves when it commits. */
    void announce(Collection<String> orderIds) {
        if (!enabled || orderIds.isEmpty()) {
            return;
        }
        for (String payload : payloads(sender, orderIds)) {
            jdbc.sql("SELECT pg_notify(?, ?)").param(CHANNEL).param(payload).query().singleValue();
        }
    }

    /** The notices announcing these orders: the sender, then as many ids as fit, comma-separated. */
    static List<String> payloads(String sender, Collection<String> orderIds) {
        List<String> payloads = new ArrayList<>();
        String head = sender + SENDER_END;
        StringBuilder payload = new StringBuilder(head);
        int bytes = utf8(head);
        for (String orderId : orderIds) {
            int more = utf8(orderId) + 1;
            if (payload.length() > head.length() && bytes + more > PAYLOAD_LIMIT) {
                payloads.add(payload.toString());
                payload.setLength(head.length());
                bytes = utf8(head);
            }
            payload.append(payload.length() > head.length() ? "," : "").append(orderId);
            bytes += more;
        }
        if (payload.length() > head.length()) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Hears a notice: a change another node made is sent to the followers of its orders here. */
    void heard(String payload) {
        int end = payload.indexOf(SENDER_END);
        if (end < 0 || payload.substring(0, end).equals(sender)) {
            return;
        }
        Set<String> followed = followedHere();
        List<String> orderIds = List.of(payload.substring(end + 1).split(",")).stream().filter(followed::contains).toList();
        if (orderIds.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT detail, detail_position FROM order_view WHERE order_id = ANY (?) AND detail IS NOT NULL")
                .param(orderIds.toArray(String[]::new))
                .query((row, number) -> new OrderChanged(documents.read(row.getString("detail")),
                        Math.max(0, row.getLong("detail_position"))))
                .list()
                .forEach(change -> updates.emit(FollowOrdersQuery.class, query -> query.follows(change), change));
    }

    private Set<String> followedHere() {
        return updates.activeSubscriptions().stream()
                .filter(subscription -> subscription.getPayload() instanceof FollowOrdersQuery)
                .flatMap(subscription -> ((FollowOrdersQuery) subscription.getPayload()).orderIds().stream())
                .map(OrderId::value)
                .collect(Collectors.toSet());
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "order-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(1_000);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            hear(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Listening for other nodes' order changes failed ({}); listening again in a second", lost.toString());
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    private void hear(String payload) {
        try {
            heard(payload);
        } catch (RuntimeException unreadable) {
            log.warn("An order change another node announced could not be passed on: {}", unreadable.toString());
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
