package dev.orderledger.command.inventory;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.inventory.AdjustStockCommand;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationRejectedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.product.Catalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one SKU. Units are available, reserved for an unpaid order, or sold; a reservation
 * is all or nothing and expires by itself. Nothing ever goes negative, and every command that an
 * order sends (reserve, release, deduct, restock) may be repeated without effect.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class Inventory {

    /** Name of the deadline that releases a reservation whose order was not paid in time. */
    static final String RESERVATION_EXPIRY = "inventory-reservation-expiry";

    @AggregateIdentifier
    private SkuRef sku;
    private String sellerId;
    private long available;
    private long reserved;
    private long sold;
    private final Map<OrderId, Reservation> reservations = new HashMap<>();
    private final Set<OrderId> deducted = new HashSet<>();
    private final Set<String> restockReferences = new HashSet<>();
    private final Set<String> receiptReferences = new HashSet<>();

    Inventory() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveStockCommand command, Catalogue catalogue) {
        String owner = sku == null ? catalogue.sellerOf(command.sku().productId(), command.sku().skuId()) : sellerId;
        requireManagedBy(command.actor(), owner, command.sku());
        if (receiptReferences.contains(command.reference())) {
            return;
        }
        requirePositive(command.quantity());
        apply(new StockReceivedEvent(command.sku(), owner, command.quantity(), command.reference(),
                new StockLevels(available + command.quantity(), reserved, sold)));
    }

    @CommandHandler
    void handle(AdjustStockCommand command) {
        requireManagedBy(command.actor(), sellerId, sku);
        if (command.delta() == 0) {
            throw new BusinessRuleViolation("ZERO_ADJUSTMENT", "an adjustment changes the stock");
        }
        if (available + command.delta() < 0) {
            throw new BusinessRuleViolation("STOCK_WOULD_GO_NEGATIVE",
                    "only " + available + " units are free; reserved and sold units cannot be adjusted away");
        }
        apply(new StockAdjustedEvent(sku, command.delta(), command.reason(),
                new StockLevels(available + command.delta(), reserved, sold)));
    }

    @CommandHandler
    boolean handle(ReserveStockCommand command, DeadlineManager deadlines) {
        if (reservations.containsKey(command.orderId()) || deducted.contains(command.orderId())) {
            return true;
        }
        requirePositive(command.quantity());
        if (command.quantity() > available) {
            apply(new StockReservationRejectedEvent(sku, command.orderId(), command.quantity(), available));
            return false;
        }
        apply(new StockReservedEvent(sku, command.orderId(), command.quantity(), command.expiresAt(),
                new StockLevels(available - command.quantity(), reserved + command.quantity(), sold)));
        deadlines.schedule(command.expiresAt(), RESERVATION_EXPIRY, new Reservation(command.orderId(),
                command.quantity(), command.expiresAt()));
        return true;
    }

    @CommandHandler
    void handle(ReleaseStockReservationCommand command) {
        release(command.orderId(), command.reason());
    }

    @CommandHandler
    void handle(DeductReservedStockCommand command) {
        if (deducted.contains(command.orderId())) {
            return;
        }
        Reservation reservation = reservations.get(command.orderId());
        if (reservation == null) {
            throw new StateConflict("NOT_RESERVED", "nothing of " + sku + " is held for order " + command.orderId());
        }
        long quantity = reservation.quantity();
        apply(new ReservedStockDeductedEvent(sku, command.orderId(), quantity,
                new StockLevels(available, reserved - quantity, sold + quantity)));
    }

    @CommandHandler
    void handle(RestockCommand command) {
        if (restockReferences.contains(command.reference())) {
            return;
        }
        requirePositive(command.quantity());
        if (command.quantity() > sold) {
            throw new BusinessRuleViolation("RESTOCK_MORE_THAN_SOLD",
                    "only " + sold + " units of " + sku + " were sold");
        }
        apply(new StockRestockedEvent(sku, command.orderId(), command.quantity(), command.reference(),
                new StockLevels(available + command.quantity(), reserved, sold - command.quantity())));
    }

    /**
     * A reservation's time is up. Only that very reservation is released: one that was deducted,
     * released, or replaced by a later reservation of the same order is left alone.
     */
    @DeadlineHandler(deadlineName = RESERVATION_EXPIRY)
    void onReservationExpired(Reservation expired) {
        if (expired.equals(reservations.get(expired.orderId()))) {
            release(expired.orderId(), ReleaseReason.EXPIRED);
        }
    }

    private void release(OrderId orderId, ReleaseReason reason) {
        Reservation reservation = reservations.get(orderId);
        if (reservation == null) {
            return;
        }
        long quantity = reservation.quantity();
        apply(new StockReservationReleasedEvent(sku, orderId, quantity, reason,
                new StockLevels(available + quantity, reserved - quantity, sold)));
    }

    @EventSourcingHandler
    void on(StockReceivedEvent event) {
        sku = event.sku();
        sellerId = event.sellerId();
        receiptReferences.add(event.reference());
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockAdjustedEvent event) {
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        reservations.put(event.orderId(), new Reservation(event.orderId(), event.quantity(), event.expiresAt()));
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockReservationReleasedEvent event) {
        reservations.remove(event.orderId());
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(ReservedStockDeductedEvent event) {
        reservations.remove(event.orderId());
        deducted.add(event.orderId());
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockRestockedEvent event) {
        restockReferences.add(event.reference());
        levels(event.levels());
    }

    private void levels(StockLevels levels) {
        available = levels.available();
        reserved = levels.reserved();
        sold = levels.sold();
    }

    private static void requireManagedBy(Actor actor, String owner, SkuRef sku) {
        if (!actor.isAdmin() && !actor.userId().equals(owner)) {
            throw new ResourceNotFound("no inventory for " + sku);
        }
    }

    /** Units held for one order until a moment; also the payload of its expiry deadline. */
    record Reservation(OrderId orderId, long quantity, java.time.Instant expiresAt) {
    }

    private static void requirePositive(long quantity) {
        if (quantity <= 0) {
            throw new BusinessRuleViolation("QUANTITY_NOT_POSITIVE", "a quantity is at least 1");
        }
    }
}
