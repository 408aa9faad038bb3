package dev.orderledger.command.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.inventory.RebalanceStockCommand;
import dev.orderledger.api.inventory.SetStockBucketsCommand;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.inventory.StockPlanId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks a SKU hot (splits its stock into more buckets) and rebalances its buckets. Each holds every
 * bucket of the SKU for one unit of work, so the plan, the new buckets and the moves of units are
 * committed together: a reader never finds units in flight.
 */
@Component
class StockSplitter {

    private final Repository<Inventory> inventories;
    private final Repository<StockPlan> plans;
    private final StockBuckets buckets;

    StockSplitter(@Qualifier("inventoryRepository") Repository<Inventory> inventories,
                  @Qualifier("stockPlanRepository") Repository<StockPlan> plans, StockPlans planned) {
        this.inventories = inventories;
        this.plans = plans;
        this.buckets = new StockBuckets(inventories, planned);
    }

    @CommandHandler
    void handle(SetStockBucketsCommand command) throws Exception {
        List<Aggregate<Inventory>> all = new ArrayList<>(buckets.lockAll(command.sku()));
        UserId owner = all.get(0).invoke(Inventory::sellerId);
        Inventory.requireManagedBy(command.actor(), owner, command.sku());
        if (command.buckets() < all.size() || command.buckets() > StockBucket.MAX_BUCKETS) {
            throw new BusinessRuleViolation("BUCKETS_OUT_OF_RANGE", "the stock of " + command.sku() + " is in "
                    + all.size() + " buckets; it can be split into more, up to " + StockBucket.MAX_BUCKETS + ", never fewer");
        }
        if (command.buckets() == all.size()) {
            return;
        }
        plans.loadOrCreate(StockPlanId.of(command.sku()), StockPlan::new)
                .execute(plan -> plan.split(command.sku(), command.buckets()));
        for (int index = all.size(); index < command.buckets(); index++) {
            StockBucket bucket = new StockBucket(command.sku(), index);
            all.add(inventories.newInstance(() -> new Inventory(bucket, owner)));
        }
        StockBuckets.spread(all, 0, 0);
    }

    @CommandHandler
    void handle(RebalanceStockCommand command) {
        StockBuckets.spread(buckets.lockAll(command.sku()), 0, 0);
    }
}
