package dev.orderledger.saga.risk;

import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderSummary;
import dev.orderledger.api.risk.UserBlockedEvent;
import dev.orderledger.api.security.Actor;
import dev.orderledger.saga.Outcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A blocked buyer's unpaid orders are cancelled ({@code RISK_CONTROL}); their placement then gives back
 * the stock, coupon and points they held. The orders are found in the order views: one placed a moment
 * before the block and not shown there yet cannot be paid anyway (payment refuses a blocked buyer), and
 * is cancelled at its payment deadline.
 */
@Component
@ProcessingGroup(BlockedBuyers.PROCESSING_GROUP)
public class BlockedBuyers {

    public static final String PROCESSING_GROUP = "risk-control";
    private static final Logger log = LoggerFactory.getLogger(BlockedBuyers.class);
    private static final int PAGE = 100;

    private final QueryGateway queries;
    private final CommandGateway commands;

    BlockedBuyers(QueryGateway queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @EventHandler
    void on(UserBlockedEvent blocked) {
        List<OrderId> unpaid = new ArrayList<>();
        for (OrderStatus status : List.of(OrderStatus.CREATED, OrderStatus.UNDER_REVIEW, OrderStatus.PENDING_PAYMENT)) {
            for (int page = 0; ; page++) {
                List<OrderSummary> orders = queries.query(FindOrdersQuery.ofBuyer(blocked.userId(), status, null, null, page, PAGE),
                        ResponseTypes.instanceOf(OrderPage.class)).join().items();
                orders.forEach(order -> unpaid.add(order.orderId()));
                if (orders.size() < PAGE) {
                    break;
                }
            }
        }
        for (OrderId order : unpaid) {
            Outcome<Object> cancelled = Outcome.of(commands, new CancelOrderCommand(order, Actor.system(),
                    CancellationReason.RISK_CONTROL, blocked.at()));
            if (!cancelled.succeeded()) {
                log.info("Order {} of blocked user {} was not cancelled: {}", order, blocked.userId(), cancelled.detail());
            }
        }
    }
}
