package dev.orderledger.projections.order;

import java.time.Instant;

/**
 * What one event changed, as an order's timeline shows it: when it happened, the status it led to
 * (null when none changed), why, and any other detail. Built fluently:
 * {@code Step.at(event.at()).to(OrderStatus.CANCELLED).because(event.reason())}.
 */
record Step(Instant at, String status, String reason, String detail) {

    static Step at(Instant at) {
        return new Step(at, null, null, null);
    }

    Step to(Enum<?> newStatus) {
        return new Step(at, newStatus.name(), reason, detail);
    }

    Step because(Object why) {
        return new Step(at, status, text(why), detail);
    }

    Step detail(Object more) {
        return new Step(at, status, reason, text(more));
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }
}
