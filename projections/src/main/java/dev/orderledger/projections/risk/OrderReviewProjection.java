package dev.orderledger.projections.risk;

import dev.orderledger.api.order.OrderReviewedEvent;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Builds the review queue ({@link OrderReviewView}) from the orders' review events. */
@Component
@ProcessingGroup(OrderReviewProjection.PROCESSING_GROUP)
public class OrderReviewProjection {

    public static final String PROCESSING_GROUP = "review-views";

    private final OrderReviewViewRepository reviews;

    OrderReviewProjection(OrderReviewViewRepository reviews) {
        this.reviews = reviews;
    }

    @EventHandler
    void on(OrderUnderReviewEvent event, @SequenceNumber long sequence) {
        if (!reviews.existsById(event.orderId().value())) {
            reviews.save(new OrderReviewView(event, sequence));
        }
    }

    @EventHandler
    void on(OrderReviewedEvent event, @SequenceNumber long sequence) {
        reviews.findById(event.orderId().value()).filter(review -> !review.hasApplied(sequence))
                .ifPresent(review -> review.decided(event.decision(), event.decidedBy().value(), event.note(), event.byDefault(),
                        event.at(), sequence));
    }

    /** A rebuild starts from an empty queue. */
    @ResetHandler
    void reset() {
        reviews.deleteAllInBatch();
    }
}
