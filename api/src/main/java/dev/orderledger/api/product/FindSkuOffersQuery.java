package dev.orderledger.api.product;

import java.util.List;

/**
 * What these SKUs sell for now, and how many units can be bought: answered by the side that prices
 * placement (ADR 0004), so a cart shows what checkout will charge. Answered with {@link SkuOffers}.
 */
public record FindSkuOffersQuery(List<SkuRef> skus) {

    public FindSkuOffersQuery {
        skus = List.copyOf(skus);
    }
}
