package dev.orderledger.console.order;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one order for a reader of the console, as {@code GET /api/orders/{id}} does: the order if the reader
 * may read it ({@link FollowOrdersQuery#mayRead}), and "not found" otherwise, whether it exists or not. After
 * an action, it waits a little for the order views to show what the action did, so the page a person returns
 * to shows it.
 */
@Component
class OrderReader {

    private static final Pattern ORDER_ID = Pattern.compile(Identifiers.ORDER_ID_REGEX);
    private static final long FIRST_PAUSE = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long LONGEST_PAUSE = TimeUnit.MILLISECONDS.toNanos(50);

    private final QueryGateway queries;

    OrderReader(QueryGateway queries) {
        this.queries = queries;
    }

    /** The order as the reader may see it; {@link ResourceNotFound} for a malformed id, an absent order, or another's. */
    OrderDetail read(String orderId, Actor reader) {
        return find(idOf(orderId), reader).orElseThrow(() -> new ResourceNotFound("no order " + orderId));
    }

    static OrderId idOf(String orderId) {
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw new ResourceNotFound("no order " + orderId);
        }
        return OrderId.of(orderId);
    }

    /**
     * Waits until the order views show the order as {@code shown} says, at most {@code patience}; whether they
     * did. The views commit in batches, so a read right after a command may not see it yet.
     */
    boolean awaitShown(OrderId orderId, Actor reader, Predicate<OrderDetail> shown, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = FIRST_PAUSE;
        while (true) {
            if (find(orderId, reader).filter(shown).isPresent()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    private Optional<OrderDetail> find(OrderId orderId, Actor reader) {
        return queries.query(new FollowOrdersQuery(List.of(orderId), reader),
                ResponseTypes.multipleInstancesOf(OrderDetail.class)).join().stream().findFirst();
    }
}
