package dev.orderledger.api.product;

import java.util.List;

/** The answer to {@link FindSkuOffersQuery}: one offer per SKU asked, in the order asked. */
public record SkuOffers(List<SkuOffer> offers) {

    public SkuOffers {
        offers = List.copyOf(offers);
    }
}
