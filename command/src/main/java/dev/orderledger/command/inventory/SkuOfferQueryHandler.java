package dev.orderledger.command.inventory;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.product.FindSkuOffersQuery;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuOffer;
import dev.orderledger.api.product.SkuOffers;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.command.product.Catalogue;
import dev.orderledger.command.product.SaleableSku;
import dev.orderledger.command.reading.AggregateReads;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Prices SKUs for a cart as placement will price them: from the item's aggregate, with the units
 * free in every bucket of the SKU's stock. Goods without stock (virtual) are never short.
 */
@Component
class SkuOfferQueryHandler {

    private final Catalogue catalogue;
    private final Repository<Inventory> inventories;
    private final StockPlans plans;

    SkuOfferQueryHandler(Catalogue catalogue, @Qualifier("inventoryRepository") Repository<Inventory> inventories,
                         StockPlans plans) {
        this.catalogue = catalogue;
        this.inventories = inventories;
        this.plans = plans;
    }

    @QueryHandler
    SkuOffers handle(FindSkuOffersQuery query) throws Exception {
        return AggregateReads.answer(query, () -> new SkuOffers(query.skus().stream().map(this::offer).toList()));
    }

    private SkuOffer offer(SkuRef sku) {
        SaleableSku saleable;
        try {
            saleable = catalogue.saleable(sku.productId(), sku.skuId());
        } catch (BusinessRuleViolation cannotBeBought) {
            return SkuOffer.unavailable(sku, cannotBeBought.reason());
        }
        long available = saleable.type() == ProductType.VIRTUAL ? SkuOffer.UNLIMITED : available(sku);
        return new SkuOffer(sku, saleable.sellerId(), saleable.productName(), saleable.unitPrice(), available, null);
    }

    /** The free units of every bucket: what a cart may show; placement reserves them for good. */
    private long available(SkuRef sku) {
        long free = 0;
        int buckets = plans.bucketsOf(sku);
        for (int index = 0; index < buckets; index++) {
            try {
                free += inventories.load(new StockBucket(sku, index).toString()).invoke(Inventory::available);
            } catch (AggregateNotFoundException noStockYet) {
                // a SKU whose stock was never received has none
            }
        }
        return free;
    }
}
