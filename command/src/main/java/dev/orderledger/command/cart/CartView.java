package dev.orderledger.command.cart;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuOffer;
import dev.orderledger.api.security.UserId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cart as the buyer sees it: each line at the SKU's current price with what can be bought of it,
 * each seller's subtotal of the selected lines (one order each at checkout), and the total.
 *
 * @param cartToken a guest's token (send it back in {@code X-Cart-Token}); absent for a buyer's cart
 * @param total     of the selected lines that can be bought; absent when they are in several currencies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CartView(String cartToken, List<Line> lines, List<SellerSubtotal> sellers, Money total) {

    /**
     * @param available   units that can be bought now; absent for goods without stock
     * @param unavailable why the SKU cannot be bought now (its item is off the shelf, it does not exist)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(ProductId productId, SkuId skuId, String productName, UserId sellerId, int quantity,
                       boolean selected, Money unitPrice, Money lineTotal, Long available, boolean purchasable,
                       String unavailable) {
    }

    public record SellerSubtotal(UserId sellerId, int lines, Money subtotal) {
    }

    /** No cart: a guest without a token, or with one that holds nothing yet. */
    static final CartView EMPTY = new CartView(null, List.of(), List.of(), null);

    static CartView of(GuestToken token, List<CartLine> stored, List<SkuOffer> offers) {
        List<Line> lines = new ArrayList<>();
        Map<UserId, SellerSubtotal> sellers = new LinkedHashMap<>();
        Money total = null;
        boolean oneCurrency = true;
        for (int i = 0; i < stored.size(); i++) {
            CartLine line = stored.get(i);
            SkuOffer offer = offers.get(i);
            Money lineTotal = offer.purchasable() ? offer.unitPrice().times(line.quantity()) : null;
            lines.add(new Line(line.sku().productId(), line.sku().skuId(), offer.productName(), offer.sellerId(), line.quantity(),
                    line.selected(), offer.unitPrice(), lineTotal,
                    offer.available() == SkuOffer.UNLIMITED ? null : offer.available(), offer.purchasable(), offer.unavailable()));
            if (line.selected() && lineTotal != null) {
                sellers.merge(offer.sellerId(), new SellerSubtotal(offer.sellerId(), 1, lineTotal), CartView::plus);
                if (total == null) {
                    total = lineTotal;
                } else if (total.currency().equals(lineTotal.currency())) {
                    total = total.plus(lineTotal);
                } else {
                    oneCurrency = false;
                }
            }
        }
        return new CartView(token == null ? null : token.value(), lines, List.copyOf(sellers.values()),
                oneCurrency ? total : null);
    }

    private static SellerSubtotal plus(SellerSubtotal known, SellerSubtotal more) {
        boolean sameCurrency = known.subtotal() != null && known.subtotal().currency().equals(more.subtotal().currency());
        return new SellerSubtotal(known.sellerId(), known.lines() + more.lines(),
                sameCurrency ? known.subtotal().plus(more.subtotal()) : null);
    }
}
