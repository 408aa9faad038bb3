package dev.orderledger.command.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.inventory.StockBucketOpenedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockRebalancedEvent;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.inventory.StockReservationRejectedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The stock of one bucket of a SKU (a SKU that was never split has one bucket, its own stream).
 * Units are available, reserved for an unpaid order, or sold; a reservation is all or nothing, lives
 * in one bucket and expires by itself. Nothing ever goes negative, and every command that an order
 * sends (reserve, release, deduct, restock) may be repeated without effect. Receipts, adjustments,
 * reservations and restocks arrive through {@link StockRouter}, which picks the bucket.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "ledgerSnapshotTrigger")
class Inventory {

    /** Name of the deadline that releases a reservation whose order was not paid in time. */
    static final String RESERVATION_EXPIRY = "inventory-reservation-expiry";

    /** This bucket's stream; named {@code sku} because snapshots from before buckets hold the SKU there. */
    @AggregateIdentifier
    private StockBucket sku;
    private UserId sellerId;
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

    /** Opens an empty bucket of a split SKU. */
    Inventory(StockBucket bucket, UserId sellerId) {
        apply(new StockBucketOpenedEvent(bucket.sku(), sellerId, bucket.index()));
    }

    boolean exists() {
        return sku != null;
    }

    UserId sellerId() {
        return sellerId;
    }

    long available() {
        return available;
    }

    boolean received(String reference) {
        return receiptReferences.contains(reference);
    }

    /** Units arrive in this bucket (the first receipt of a SKU creates its first bucket). */
    void receive(StockBucket bucket, UserId owner, long quantity, String reference) {
        apply(new StockReceivedEvent(bucket.sku(), owner, quantity, reference,
                new StockLevels(available + quantity, reserved, sold), bucket.index()));
    }

    void adjust(long delta, String reason) {
        if (available + delta < 0) {
            throw new BusinessRuleViolation("STOCK_WOULD_GO_NEGATIVE",
                    "only " + available + " units are free; reserved and sold units cannot be adjusted away");
        }
        apply(new StockAdjustedEvent(sku.sku(), delta, reason, new StockLevels(available + delta, reserved, sold), sku.index()));
    }

    /** Free units move in (delta &gt; 0) or out; another bucket records the opposite move in the same unit of work. */
    void rebalance(long delta) {
        if (available + delta < 0) {
            throw new IllegalStateException("bucket " + sku + " has only " + available + " free units to move");
        }
        apply(new StockRebalancedEvent(sku.sku(), delta, new StockLevels(available + delta, reserved, sold), sku.index()));
    }

    /** The order's units held here already (or sold from here). */
    boolean holdsFor(OrderId orderId) {
        return reservations.containsKey(orderId) || deducted.contains(orderId);
    }

    /**
     * Holds the units here when this bucket has them, or answers empty (nothing recorded) when it has
     * not: the router then looks at the other buckets, or refuses.
     */
    Optional<StockReservation> reserveHere(OrderId orderId, long quantity, Instant expiresAt, DeadlineManager deadlines) {
        if (holdsFor(orderId)) {
            return Optional.of(new StockReservation(true, sku.index()));
        }
        requirePositive(quantity);
        if (quantity > available) {
            return Optional.empty();
        }
        apply(new StockReservedEvent(sku.sku(), orderId, quantity, expiresAt,
                new StockLevels(available - quantity, reserved + quantity, sold), sku.index()));
        deadlines.schedule(expiresAt, RESERVATION_EXPIRY, new Reservation(orderId, quantity, expiresAt));
        return Optional.of(new StockReservation(true, sku.index()));
    }

    /** No bucket of the SKU had the units: the refusal is recorded here. */
    StockReservation refuse(OrderId orderId, long quantity, long availableInAllBuckets) {
        requirePositive(quantity);
        apply(new StockReservationRejectedEvent(sku.sku(), orderId, quantity, availableInAllBuckets, sku.index()));
        return new StockReservation(false, sku.index());
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
        apply(new ReservedStockDeductedEvent(sku.sku(), command.orderId(), quantity,
                new StockLevels(available, reserved - quantity, sold + quantity), sku.index()));
    }

    /** Whether units of this order were sold from this bucket, or this restock was recorded here. */
    boolean soldOrRestocked(OrderId orderId, String reference) {
        return deducted.contains(orderId) || restockReferences.contains(reference);
    }

    void restock(OrderId orderId, long quantity, String reference) {
        if (restockReferences.contains(reference)) {
            return;
        }
        requirePositive(quantity);
        if (quantity > sold) {
            throw new BusinessRuleViolation("RESTOCK_MORE_THAN_SOLD",
                    "only " + sold + " units of " + sku.sku() + " were sold");
        }
        apply(new StockRestockedEvent(sku.sku(), orderId, quantity, reference,
                new StockLevels(available + quantity, reserved, sold - quantity), sku.index()));
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
        apply(new StockReservationReleasedEvent(sku.sku(), orderId, quantity, reason,
                new StockLevels(available + quantity, reserved - quantity, sold), sku.index()));
    }

    @EventSourcingHandler
    void on(StockBucketOpenedEvent event) {
        sku = new StockBucket(event.sku(), event.bucket());
        sellerId = event.sellerId();
    }

    @EventSourcingHandler
    void on(StockReceivedEvent event) {
        sku = new StockBucket(event.sku(), event.bucket());
        sellerId = event.sellerId();
        receiptReferences.add(event.reference());
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockAdjustedEvent event) {
        levels(event.levels());
    }

    @EventSourcingHandler
    void on(StockRebalancedEvent event) {
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

    /** Only the SKU's seller (or an admin) may count or receive its stock; to anyone else it does not exist. */
    static void requireManagedBy(Actor actor, UserId owner, SkuRef sku) {
        if (!actor.isAdmin() && !actor.userId().equals(owner)) {
            throw new ResourceNotFound("no inventory for " + sku);
        }
    }

    /** Units held for one order until a moment; also the payload of its expiry deadline. */
    record Reservation(OrderId orderId, long quantity, Instant expiresAt) {
    }

    static void requirePositive(long quantity) {
        if (quantity <= 0) {
            throw new BusinessRuleViolation("QUANTITY_NOT_POSITIVE", "a quantity is at least 1");
        }
    }
}
