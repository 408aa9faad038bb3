package dev.orderledger.api.risk;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Placement asks whether a new order needs a person's look, against the review rules in force and the
 * buyer's orders so far; answered by a {@link Screening}. Asking again for the same order answers the same.
 */
public record ScreenOrderCommand(UserId buyerId, OrderId orderId, List<ScreenedLine> lines, Money amount, Instant at) {

    public ScreenOrderCommand {
        lines = List.copyOf(lines);
    }

    /** The buyer's screening, a stream of its own ({@link #streamOf}). */
    @TargetAggregateIdentifier
    public String screeningId() {
        return streamOf(buyerId);
    }

    /** {@code screening:<userId>}: the user id alone names their points. */
    public static String streamOf(UserId buyerId) {
        return "screening:" + buyerId.value();
    }
}
