package dev.orderledger.app.operations;

import dev.orderledger.projections.order.OrderViewProjection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * How far the order flow's processing is behind the event store: the most events any of the
 * processors an order goes through on its way to paid (the placement and payment sagas, the order
 * views that answer the buyer) still has to handle. Measured at most every {@link #REFRESH_MILLIS}
 * (one look at the store's head; the positions are this instance's own), so asking is cheap enough
 * for every placement. A processor this instance does not run, whose segments have not all started,
 * or that is being rebuilt (an operator's replay is not the shop's peak) adds nothing. Published as
 * the gauge {@code ledger.processing.backlog}.
 */
@Component
public class ProcessingBacklog {

    /** The processing groups on the path from placement to paid. */
    static final List<String> ORDER_FLOW = List.of("PlacementSagaProcessor", "PaymentSagaProcessor",
            OrderViewProjection.PROCESSING_GROUP);
    static final long REFRESH_MILLIS = 100;

    private final BiFunction<String, Long, OptionalLong> positionOf;
    private final LongSupplier head;
    private final LongSupplier nanoTime;
    private volatile Measure last;

    @Autowired
    ProcessingBacklog(ProjectionOperations operations, MeterRegistry metrics) {
        this(operations::position, operations::head, System::nanoTime);
        Gauge.builder("ledger.processing.backlog", this, ProcessingBacklog::events)
                .description("events the order flow's processors still have to handle").register(metrics);
    }

    /**
     * @param positionOf the lowest position a processing group's segments have reached here, given the
     *                   store's head; empty when unknown or replaying
     */
    ProcessingBacklog(BiFunction<String, Long, OptionalLong> positionOf, LongSupplier head, LongSupplier nanoTime) {
        this.positionOf = positionOf;
        this.head = head;
        this.nanoTime = nanoTime;
    }

    /** Events the slowest processor of the order flow is behind the store's head, as of at most a tenth of a second ago. */
    public long events() {
        Measure measure = last;
        long now = nanoTime.getAsLong();
        if (measure != null && now - measure.at() < TimeUnit.MILLISECONDS.toNanos(REFRESH_MILLIS)) {
            return measure.events();
        }
        long behind = behind(head.getAsLong());
        last = new Measure(now, behind);
        return behind;
    }

    private long behind(long headPosition) {
        long most = 0;
        for (String group : ORDER_FLOW) {
            OptionalLong position = positionOf.apply(group, headPosition);
            if (position.isPresent()) {
                most = Math.max(most, headPosition - position.getAsLong());
            }
        }
        return most;
    }

    private record Measure(long at, long events) {
    }
}
