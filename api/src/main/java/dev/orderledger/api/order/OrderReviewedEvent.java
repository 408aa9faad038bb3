package dev.orderledger.api.order;

import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An order under review was decided: by whom (the ledger itself when nobody decided in time,
 * {@code byDefault}), with what note. Approved, it awaits payment until {@code paymentDeadline} (the
 * payment window starts again from the decision); rejected, it is cancelled next.
 */
@Revision("1")
public record OrderReviewedEvent(OrderId orderId, ReviewDecision decision, UserId decidedBy, String note, boolean byDefault,
                                 Instant paymentDeadline, Instant at) {
}
