package dev.orderledger.notification.feed;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.security.UserId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is party to an order ({@code notification_order_party}, from {@code OrderPlacedEvent}) and which
 * order a refund is of ({@code notification_refund_order}, from {@code RefundOpenedEvent}): most later
 * events name only the order or the refund. The feed's own small tables, not another module's.
 */
@Component
class Parties {

    /** The buyer and the seller of an order. */
    record OrderParties(UserId buyer, UserId seller) {
    }

    private final JdbcTemplate jdbc;

    Parties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void orderPlaced(OrderId order, UserId buyer, UserId seller) {
        jdbc.update("INSERT INTO notification_order_party (order_id, buyer_id, seller_id) VALUES (?, ?, ?)"
                + " ON CONFLICT (order_id) DO NOTHING", order.value(), buyer.value(), seller.value());
    }

    void refundOpened(RefundId refund, OrderId order) {
        jdbc.update("INSERT INTO notification_refund_order (refund_id, order_id) VALUES (?, ?) ON CONFLICT (refund_id) DO NOTHING",
                refund.value(), order.value());
    }

    Optional<OrderParties> of(OrderId order) {
        return jdbc.query("SELECT buyer_id, seller_id FROM notification_order_party WHERE order_id = ?",
                (row, index) -> new OrderParties(UserId.of(row.getString(1)), UserId.of(row.getString(2))), order.value())
                .stream().findFirst();
    }

    Optional<OrderId> orderOf(RefundId refund) {
        return jdbc.query("SELECT order_id FROM notification_refund_order WHERE refund_id = ?",
                (row, index) -> OrderId.of(row.getString(1)), refund.value()).stream().findFirst();
    }
}
