package dev.orderledger.command.outcome;

import dev.orderledger.api.common.ConsistencyToken;
import dev.orderledger.api.order.FollowOrdersQuery;
import dev.orderledger.api.order.OrderChanged;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.DeferredResult;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits, event-driven, for the order views to show the outcome of a write: a subscription to the
 * orders' changes ({@link FollowOrdersQuery}) is opened before the command is sent, so no change is
 * missed; its initial answer and then every change are offered to a decision, and the first thing the
 * decision makes of them is the answer. The request's thread is released meanwhile (a
 * {@link DeferredResult}); the change that decides completes it on the thread that emitted it, and the
 * wait's end on this component's one timer thread.
 * <p>
 * The wait is {@code ledger.api.outcome-wait} (2 s by default); a client may ask for a shorter one with
 * {@code Prefer: wait=N} (seconds, RFC 7240), {@code wait=0} answering at once that the outcome is
 * pending.
 */
@Component
public class OrderOutcomes implements DisposableBean {

    /**
     * The request header in which a client may ask for a shorter wait. Read from the request rather than
     * declared as a parameter: the OpenAPI document (and the generated bad input built from it) leaves it out.
     */
    public static final String PREFER = "Prefer";
    /**
     * The {@code Retry-After} of a 202 (the wait ran out): seconds until the client should read the
     * order at {@code Location} again. A client that polls sooner only adds load to a ledger that is
     * already behind; one that follows the order's events needs no polling at all.
     */
    public static final String LOOK_AGAIN_AFTER_SECONDS = "1";
    private static final Pattern WAIT = Pattern.compile("(?:^|[,;\\s])wait\\s*=\\s*(\\d{1,9})(?![\\d.])");
    /** Past the wait, the container's own timeout is only a safety net. */
    private static final long CONTAINER_GRACE_MILLIS = 30_000;

    private final QueryGateway queries;
    private final Duration longest;
    private final ScheduledThreadPoolExecutor timer;

    OrderOutcomes(QueryGateway queries, @Value("${ledger.api.outcome-wait:PT2S}") Duration longest) {
        this.queries = queries;
        this.longest = longest.isNegative() ? Duration.ZERO : longest;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "outcome-wait");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** Starts following these orders for this requester: before the command is sent. */
    public Wait follow(List<OrderId> orderIds, Actor requester, String prefer) {
        Duration wait = waitFor(prefer);
        if (wait.isZero()) {
            return new Wait(null, wait);
        }
        return new Wait(queries.subscriptionQuery(new FollowOrdersQuery(orderIds, requester),
                ResponseTypes.multipleInstancesOf(OrderDetail.class), ResponseTypes.instanceOf(OrderChanged.class)), wait);
    }

    /** The configured wait, or a shorter one the client prefers. */
    private Duration waitFor(String prefer) {
        if (prefer != null) {
            Matcher asked = WAIT.matcher(prefer);
            if (asked.find()) {
                Duration preferred = Duration.ofSeconds(Long.parseLong(asked.group(1)));
                return preferred.compareTo(longest) < 0 ? preferred : longest;
            }
        }
        return longest;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    /** One write's wait for its outcome. */
    public final class Wait {

        private final SubscriptionQueryResult<List<OrderDetail>, OrderChanged> subscription;
        private final Duration wait;

        private Wait(SubscriptionQueryResult<List<OrderDetail>, OrderChanged> subscription, Duration wait) {
            this.subscription = subscription;
            this.wait = wait;
        }

        /** The command failed: nothing to wait for. */
        public void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }

        /**
         * The answer: the first one {@code decide} makes of the orders' latest details (by order id; an
         * order the views do not show yet is absent), or {@code pending} when the wait ran out. A
         * refusal that {@code decide} throws is the answer too (the API's error handling renders it).
         */
        public DeferredResult<ResponseEntity<?>> answer(
                Function<Map<OrderId, OrderDetail>, Optional<ResponseEntity<?>>> decide,
                Supplier<ResponseEntity<?>> pending) {
            return answerAfter(orders -> decide.apply(orders).map(CompletableFuture::completedFuture), pending);
        }

        /**
         * As {@link #answer}, for an outcome that needs a last step before it is told (a checkout creates
         * the pay order of its orders): {@code decide} starts that step, off the thread that emitted the
         * change, and the answer is what the step completes with. Once decided, the wait no longer runs out.
         */
        public DeferredResult<ResponseEntity<?>> answerAfter(
                Function<Map<OrderId, OrderDetail>, Optional<CompletionStage<ResponseEntity<?>>>> decide,
                Supplier<ResponseEntity<?>> pending) {
            DeferredResult<ResponseEntity<?>> answer = new DeferredResult<>(wait.toMillis() + CONTAINER_GRACE_MILLIS);
            if (subscription == null) {
                answer.setResult(pending.get());
                return answer;
            }
            var timeout = timer.schedule(() -> answer.setResult(pending.get()), wait.toMillis(), TimeUnit.MILLISECONDS);
            answer.onTimeout(() -> answer.setResult(pending.get()));
            answer.onCompletion(() -> {
                timeout.cancel(false);
                subscription.cancel();
            });
            Map<OrderId, OrderDetail> latest = new HashMap<>();
            long[] reached = {0};
            AtomicBoolean decided = new AtomicBoolean();
            Flux.concat(subscription.initialResult().flatMapMany(Flux::fromIterable).map(order -> new OrderChanged(order, 0)),
                            subscription.updates())
                    .subscribe(change -> {
                        OrderDetail order = change.order();
                        if (decided.get() || answer.isSetOrExpired() || !newer(order, latest.get(order.orderId()))) {
                            return;
                        }
                        latest.put(order.orderId(), order);
                        reached[0] = Math.max(reached[0], change.position());
                        long position = reached[0];
                        try {
                            decide.apply(Map.copyOf(latest)).ifPresent(step -> {
                                decided.set(true);
                                timeout.cancel(false);
                                step.whenComplete((decidedAnswer, failed) -> {
                                    if (failed != null) {
                                        answer.setErrorResult(failed instanceof CompletionException ? failed.getCause() : failed);
                                    } else {
                                        answer.setResult(readableAt(decidedAnswer, position));
                                    }
                                });
                            });
                        } catch (RuntimeException refused) {
                            answer.setErrorResult(refused);
                        }
                    }, answer::setErrorResult);
            return answer;
        }

        /**
         * The outcome comes from a change at a position past the write's own events (placement confirmed
         * the order later): the answer carries that position, so that a read of any view given the answer's
         * token waits for that view to have reached what the answer says, not only the write. (The initial
         * answer was read from committed views: position 0 adds nothing to the write's own token.)
         */
        private static ResponseEntity<?> readableAt(ResponseEntity<?> decided, long position) {
            if (position == 0) {
                return decided;
            }
            return ResponseEntity.status(decided.getStatusCode()).headers(decided.getHeaders())
                    .header(ConsistencyToken.HEADER, new ConsistencyToken(position).toString())
                    .body(decided.getBody());
        }

        /** A change read before the initial answer may arrive after it: the later state of an order wins. */
        private static boolean newer(OrderDetail order, OrderDetail known) {
            return known == null || !order.updatedAt().isBefore(known.updatedAt());
        }
    }
}
