package dev.orderledger.finance;

import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockRebalancedEvent;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.finance.Discrepancy.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SKU's stock movements. Each movement records the levels it left (available, reserved,
 * sold) in its bucket (a SKU has one, or several once it is marked hot); they must follow from that
 * bucket's levels before and the movement, and never go below zero. In the end, summed over the SKU's
 * buckets, on hand + reserved + sold must be what was received (with the sellers' adjustments): units
 * are only ever moved between the three and between buckets, never made or lost.
 */
final class StockFold {

    /** How a movement changes the levels. */
    private enum Movement {
        RECEIVED("receipt"), ADJUSTED("adjustment"), RESERVED("reservation"), RELEASED("release"),
        DEDUCTED("sale"), RESTOCKED("restock"), REBALANCED("move between buckets");

        private final String inWords;

        Movement(String inWords) {
            this.inWords = inWords;
        }

        Levels apply(Levels before, long units) {
            return switch (this) {
                case RECEIVED, ADJUSTED, REBALANCED -> new Levels(before.available() + units, before.reserved(), before.sold());
                case RESERVED -> new Levels(before.available() - units, before.reserved() + units, before.sold());
                case RELEASED -> new Levels(before.available() + units, before.reserved() - units, before.sold());
                case DEDUCTED -> new Levels(before.available(), before.reserved() - units, before.sold() + units);
                case RESTOCKED -> new Levels(before.available() + units, before.reserved(), before.sold() - units);
            };
        }
    }

    /** Per bucket stream: {@code productId/skuId} or {@code productId/skuId#k}. */
    private final Map<String, Sku> buckets = new HashMap<>();
    private final List<Discrepancy> found = new ArrayList<>();

    static void readFrom(StoredPayloads payloads) {
        payloads.on(StockReceivedEvent.class, Moved.class, (history, moved, at) -> history.stock().moved(Movement.RECEIVED, moved, at));
        payloads.on(StockAdjustedEvent.class, Moved.class, (history, moved, at) -> history.stock().moved(Movement.ADJUSTED, moved, at));
        payloads.on(StockReservedEvent.class, Moved.class, (history, moved, at) -> history.stock().moved(Movement.RESERVED, moved, at));
        payloads.on(StockReservationReleasedEvent.class, Moved.class,
                (history, moved, at) -> history.stock().moved(Movement.RELEASED, moved, at));
        payloads.on(ReservedStockDeductedEvent.class, Moved.class,
                (history, moved, at) -> history.stock().moved(Movement.DEDUCTED, moved, at));
        payloads.on(StockRestockedEvent.class, Moved.class,
                (history, moved, at) -> history.stock().moved(Movement.RESTOCKED, moved, at));
        payloads.on(StockRebalancedEvent.class, Moved.class,
                (history, moved, at) -> history.stock().moved(Movement.REBALANCED, moved, at));
    }

    private void moved(Movement movement, Moved moved, EventRef at) {
        Sku sku = buckets.computeIfAbsent(moved.stream(), any -> new Sku(moved.sku()));
        long units = movement == Movement.ADJUSTED || movement == Movement.REBALANCED ? moved.delta() : moved.quantity();
        Levels expected = movement.apply(sku.levels, units);
        Levels recorded = moved.levels();
        if (!expected.equals(recorded)) {
            found.add(Discrepancy.of(Check.STOCK, null, moved.sku(), moved.orderId(), null, null,
                    sku.last == null ? List.of(at) : List.of(sku.last, at),
                    "after a " + movement.inWords + " of " + units + " units the levels are " + recorded
                    + "; the levels before, " + sku.levels + ", and the " + movement.inWords + " make " + expected));
        } else if (recorded.available() < 0 || recorded.reserved() < 0 || recorded.sold() < 0) {
            found.add(Discrepancy.of(Check.STOCK, null, moved.sku(), moved.orderId(), null, null, List.of(at),
                    "after a " + movement.inWords + " of " + units + " units the levels are " + recorded + ", below zero"));
        }
        if (movement == Movement.RECEIVED || movement == Movement.ADJUSTED) {
            sku.received += units;
        }
        sku.levels = recorded;
        sku.last = at;
    }

    /** How many SKUs have stock movements. */
    long skus() {
        return buckets.values().stream().map(bucket -> bucket.sku).distinct().count();
    }

    List<Discrepancy> check() {
        List<Discrepancy> all = new ArrayList<>(found);
        Map<String, Sku> skus = new HashMap<>();
        buckets.values().forEach(bucket -> skus.computeIfAbsent(bucket.sku, Sku::new).add(bucket));
        skus.forEach((id, sku) -> {
            long total = sku.levels.available() + sku.levels.reserved() + sku.levels.sold();
            if (total != sku.received) {
                all.add(Discrepancy.of(Check.STOCK, null, id, null, null, null, List.of(sku.last),
                        "on hand + reserved + sold is " + total + " units (" + sku.levels + "), but " + sku.received
                        + " were received and adjusted"));
            }
        });
        return all;
    }

    /** The levels of one bucket as its movements left them, or of a whole SKU as the sum of its buckets. */
    private static final class Sku {
        private final String sku;
        private Levels levels = new Levels(0, 0, 0);
        private long received;
        private EventRef last;

        private Sku(String sku) {
            this.sku = sku;
        }

        private void add(Sku bucket) {
            levels = new Levels(levels.available() + bucket.levels.available(), levels.reserved() + bucket.levels.reserved(),
                    levels.sold() + bucket.levels.sold());
            received += bucket.received;
            if (last == null || bucket.last.globalIndex() > last.globalIndex()) {
                last = bucket.last;
            }
        }
    }

    /** Units available (on hand), reserved for unpaid orders, and sold. */
    record Levels(long available, long reserved, long sold) {

        @Override
        public String toString() {
            return available + " on hand, " + reserved + " reserved, " + sold + " sold";
        }
    }

    /**
     * What the fold reads of any stock movement: its quantity (or an adjustment's or a move's delta),
     * the levels it left in its bucket, and the bucket (0 for every event from before buckets).
     */
    record Moved(String sku, String orderId, long quantity, long delta, Levels levels, int bucket) {

        String stream() {
            return bucket == 0 ? sku : sku + "#" + bucket;
        }
    }
}
