package dev.orderledger.command.inventory;

import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.SkuRef;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;

import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of a SKU's stock: how many there are ({@link StockPlans}), which one
 * an order belongs in, all of them locked at once in ascending order (a definite view: while they
 * are held nothing can move between them), and spreading free units evenly over them.
 */
final class StockBuckets {

    private final Repository<Inventory> inventories;
    private final StockPlans plans;

    StockBuckets(Repository<Inventory> inventories, StockPlans plans) {
        this.inventories = inventories;
        this.plans = plans;
    }

    /** How many buckets the SKU has now (1 unless it was marked hot). */
    int of(SkuRef sku) {
        return plans.bucketsOf(sku);
    }

    /** The bucket an order tries first: spread by the order id, so that buyers of one SKU meet in different buckets. */
    static int homeOf(OrderId orderId, int buckets) {
        return Math.floorMod(orderId.toString().hashCode() * 0x9E3779B9, buckets);
    }

    Aggregate<Inventory> load(StockBucket bucket) {
        return inventories.load(bucket.toString());
    }

    /**
     * Every bucket of the SKU, locked in ascending order until the unit of work ends. The plan is read
     * again once they are held: a split that added buckets meanwhile had to hold them all too, so
     * after it nothing can change the count without waiting for this unit of work.
     */
    List<Aggregate<Inventory>> lockAll(SkuRef sku) {
        List<Aggregate<Inventory>> all = new ArrayList<>();
        int count = of(sku);
        while (all.size() < count) {
            for (int index = all.size(); index < count; index++) {
                all.add(load(new StockBucket(sku, index)));
            }
            count = of(sku);
        }
        return all;
    }

    static long available(List<Aggregate<Inventory>> all) {
        return all.stream().mapToLong(bucket -> bucket.invoke(Inventory::available)).sum();
    }

    /**
     * Moves free units so that each bucket holds an even share of them, and {@code home} its share
     * plus {@code extra} (units about to be reserved there). Every move is recorded in both buckets in
     * this unit of work; the moves add up to zero.
     */
    static void spread(List<Aggregate<Inventory>> all, int home, long extra) {
        long free = available(all) - extra;
        long[] deltas = new long[all.size()];
        for (int index = 0; index < all.size(); index++) {
            long target = free / all.size() + (index < free % all.size() ? 1 : 0) + (index == home ? extra : 0);
            deltas[index] = target - all.get(index).invoke(Inventory::available);
        }
        // out of the full buckets first, so that no bucket is ever asked for units it does not hold yet
        for (int index = 0; index < all.size(); index++) {
            long delta = deltas[index];
            if (delta < 0) {
                all.get(index).execute(inventory -> inventory.rebalance(delta));
            }
        }
        for (int index = 0; index < all.size(); index++) {
            long delta = deltas[index];
            if (delta > 0) {
                all.get(index).execute(inventory -> inventory.rebalance(delta));
            }
        }
    }
}
