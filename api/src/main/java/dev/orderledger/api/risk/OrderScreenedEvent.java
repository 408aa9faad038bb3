package dev.orderledger.api.risk;

import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.UserId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A buyer's order was screened (on the buyer's screening stream): when, the units of promotional SKUs it
 * asked for, and the rules that fired (none: it went through).
 */
@Revision("1")
public record OrderScreenedEvent(UserId buyerId, OrderId orderId, Instant at, List<ScreenedLine> promotionalUnits,
                                 List<ReviewRule> fired) {

    public OrderScreenedEvent {
        promotionalUnits = List.copyOf(promotionalUnits);
        fired = List.copyOf(fired);
    }
}
