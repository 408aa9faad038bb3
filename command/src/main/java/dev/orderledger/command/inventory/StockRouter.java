package dev.orderledger.command.inventory;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.inventory.AdjustStockCommand;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.command.product.Catalogue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Sends each stock command to the bucket it belongs in. A SKU with one bucket (the default) behaves
 * as one aggregate always did. A hot SKU's reservation locks only the order's home bucket; when that
 * bucket is short it locks every bucket in ascending order, spreads the free units evenly (the home
 * bucket getting the order's units) and reserves, or, when all buckets together are short, records
 * the refusal: a definite answer, no units being in flight while the buckets are held (ADR 0015).
 */
@Component
class StockRouter {

    private final Repository<Inventory> inventories;
    private final StockBuckets buckets;

    StockRouter(@Qualifier("inventoryRepository") Repository<Inventory> inventories, StockPlans plans) {
        this.inventories = inventories;
        this.buckets = new StockBuckets(inventories, plans);
    }

    @CommandHandler
    StockReservation handle(ReserveStockCommand command, DeadlineManager deadlines) {
        int count = buckets.of(command.sku());
        int home = count == 1 ? 0 : StockBuckets.homeOf(command.orderId(), count);
        Aggregate<Inventory> bucket = buckets.load(new StockBucket(command.sku(), home));
        Optional<StockReservation> here = bucket.invoke(inventory -> inventory.reserveHere(command.orderId(),
                command.quantity(), command.expiresAt(), deadlines));
        if (here.isPresent()) {
            return here.get();
        }
        if (count == 1) {
            return bucket.invoke(inventory -> inventory.refuse(command.orderId(), command.quantity(), inventory.available()));
        }
        List<Aggregate<Inventory>> all = buckets.lockAll(command.sku());
        for (int index = 0; index < all.size(); index++) {
            if (all.get(index).invoke(inventory -> inventory.holdsFor(command.orderId()))) {
                return new StockReservation(true, index);
            }
        }
        long free = StockBuckets.available(all);
        if (free < command.quantity()) {
            return bucket.invoke(inventory -> inventory.refuse(command.orderId(), command.quantity(), free));
        }
        StockBuckets.spread(all, home, command.quantity());
        return bucket.invoke(inventory -> inventory.reserveHere(command.orderId(), command.quantity(),
                command.expiresAt(), deadlines)).orElseThrow();
    }

    /** Receives into the SKU's only bucket (creating it on the first receipt), or spreads the units over its buckets. */
    @CommandHandler
    void handle(ReceiveStockCommand command, Catalogue catalogue) throws Exception {
        SkuRef sku = command.sku();
        StockBucket first = StockBucket.first(sku);
        int count = buckets.of(sku);
        if (count == 1) {
            Aggregate<Inventory> only = inventories.loadOrCreate(first.toString(), Inventory::new);
            UserId owner = only.invoke(inventory -> inventory.exists() ? inventory.sellerId()
                    : catalogue.sellerOf(sku.productId(), sku.skuId()));
            Inventory.requireManagedBy(command.actor(), owner, sku);
            if (!only.invoke(inventory -> inventory.received(command.reference()))) {
                Inventory.requirePositive(command.quantity());
                only.execute(inventory -> inventory.receive(first, owner, command.quantity(), command.reference()));
            }
            return;
        }
        List<Aggregate<Inventory>> all = buckets.lockAll(sku);
        UserId owner = all.get(0).invoke(Inventory::sellerId);
        Inventory.requireManagedBy(command.actor(), owner, sku);
        if (all.get(0).invoke(inventory -> inventory.received(command.reference()))) {
            return;
        }
        Inventory.requirePositive(command.quantity());
        for (int index = 0; index < count; index++) {
            long share = command.quantity() / count + (index < command.quantity() % count ? 1 : 0);
            StockBucket bucket = new StockBucket(sku, index);
            if (share > 0) {
                all.get(index).execute(inventory -> inventory.receive(bucket, owner, share, command.reference()));
            }
        }
    }

    /** A counted difference: a gain goes to the first bucket, a loss is taken from the free units of the buckets in order. */
    @CommandHandler
    void handle(AdjustStockCommand command) {
        List<Aggregate<Inventory>> all = buckets.of(command.sku()) == 1
                ? List.of(buckets.load(StockBucket.first(command.sku()))) : buckets.lockAll(command.sku());
        Inventory.requireManagedBy(command.actor(), all.get(0).invoke(Inventory::sellerId), command.sku());
        if (command.delta() == 0) {
            throw new BusinessRuleViolation("ZERO_ADJUSTMENT", "an adjustment changes the stock");
        }
        long free = StockBuckets.available(all);
        if (free + command.delta() < 0) {
            throw new BusinessRuleViolation("STOCK_WOULD_GO_NEGATIVE",
                    "only " + free + " units are free; reserved and sold units cannot be adjusted away");
        }
        if (command.delta() > 0 || all.size() == 1) {
            all.get(0).execute(inventory -> inventory.adjust(command.delta(), command.reason()));
            return;
        }
        long missing = -command.delta();
        for (Aggregate<Inventory> bucket : all) {
            long taken = Math.min(missing, bucket.invoke(Inventory::available));
            if (taken > 0) {
                bucket.execute(inventory -> inventory.adjust(-taken, command.reason()));
            }
            missing -= taken;
        }
    }

    /** Returned units go back to the bucket the order's units were sold from. */
    @CommandHandler
    void handle(RestockCommand command) {
        List<Aggregate<Inventory>> all = buckets.of(command.sku()) == 1
                ? List.of(buckets.load(StockBucket.first(command.sku()))) : buckets.lockAll(command.sku());
        Aggregate<Inventory> from = all.stream()
                .filter(bucket -> bucket.invoke(inventory -> inventory.soldOrRestocked(command.orderId(), command.reference())))
                .findFirst().orElse(all.get(0));
        from.execute(inventory -> inventory.restock(command.orderId(), command.quantity(), command.reference()));
    }
}
