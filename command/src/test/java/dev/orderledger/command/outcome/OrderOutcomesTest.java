package dev.orderledger.command.outcome;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.ConsistencyToken;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome of a write is decided on a change at a position past the write's own events: the answer
 * must carry that change's position, or a read of another view given the answer's token could see it as
 * it was before the outcome.
 */
class OrderOutcomesTest {

    private static final OrderId ORDER = OrderId.of("1000000000000000001");
    private static final Actor BUYER = new Actor(UserId.of("buyer-1"), Set.of(Role.BUYER));

    private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
    private final SimpleQueryBus bus = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
    private final List<OrderDetail> shown = new ArrayList<>();
    private final OrderOutcomes outcomes = new OrderOutcomes(DefaultQueryGateway.builder().queryBus(bus).build(), Duration.ofSeconds(30));

    OrderOutcomesTest() {
        new AnnotationQueryHandlerAdapter<>(new Object() {
            @QueryHandler
            List<OrderDetail> follow(FollowOrdersQuery query) {
                return List.copyOf(shown);
            }
        }).subscribe(bus);
    }

    @AfterEach
    void stopTheTimer() {
        outcomes.destroy();
    }

    @Test
    void anOutcomeSeenInAChangeIsAnsweredWithThePositionOfThatChange() {
        DeferredResult<ResponseEntity<?>> answer = awaitingConfirmation();

        emitter.emit(FollowOrdersQuery.class, query -> true,
                new OrderChanged(order(OrderStatus.CREATED), 40));
        assertThat(answer.hasResult()).isFalse();
        emitter.emit(FollowOrdersQuery.class, query -> true, new OrderChanged(order(OrderStatus.PENDING_PAYMENT), 57));

        ResponseEntity<?> answered = (ResponseEntity<?>) answer.getResult();
        assertThat(answered.getBody()).isEqualTo("confirmed");
        assertThat(answered.getHeaders().getFirst("Location")).isEqualTo("/api/orders/" + ORDER);
        assertThat(answered.getHeaders().getFirst(ConsistencyToken.HEADER)).isEqualTo("57");
    }

    @Test
    void anOutcomeTheViewsAlreadyShowedIsAnsweredWithoutAPositionOfItsOwn() {
        shown.add(order(OrderStatus.PENDING_PAYMENT));

        DeferredResult<ResponseEntity<?>> answer = awaitingConfirmation();

        ResponseEntity<?> answered = (ResponseEntity<?>) answer.getResult();
        assertThat(answered.getBody()).isEqualTo("confirmed");
        assertThat(answered.getHeaders().containsKey(ConsistencyToken.HEADER)).isFalse();
    }

    private DeferredResult<ResponseEntity<?>> awaitingConfirmation() {
        return outcomes.follow(List.of(ORDER), BUYER, null).answer(
                orders -> Optional.ofNullable(orders.get(ORDER))
                        .filter(order -> order.status() == OrderStatus.PENDING_PAYMENT)
                        .map(order -> ResponseEntity.status(201).header("Location", "/api/orders/" + ORDER).body("confirmed")),
                () -> ResponseEntity.accepted().body("pending"));
    }

    private static OrderDetail order(OrderStatus status) {
        Instant at = Instant.parse("2026-12-06T05:00:00Z").plusSeconds(status.ordinal());
        return new OrderDetail(ORDER, BUYER.userId(), UserId.of("seller-1"), null, status, null, null, List.of(), null, null, null,
                null, null, null, null, null, null, at, null, null, null, null, null, null, null, null, at, null,
                List.of(), List.of(), List.of());
    }
}
