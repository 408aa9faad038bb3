package dev.orderledger.command.cart;

import dev.orderledger.api.bounds.OrderSize;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.product.FindSkuOffersQuery;
import dev.orderledger.api.product.SkuOffer;
import dev.orderledger.api.product.SkuOffers;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.UserId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Buyers' and guests' carts. Prices and what can be bought always come from the ledger
 * ({@link FindSkuOffersQuery}), never from the cart. A guest's cart lives
 * {@code ledger.cart.guest-ttl} after its last change (30 days by default); when the guest logs in
 * with its token, it merges into the buyer's own cart.
 */
@Service
public class Carts {

    private static final Logger log = LoggerFactory.getLogger(Carts.class);

    private final CartStore store;
    private final QueryGateway queries;
    private final Clock clock;
    private final Duration guestTtl;

    Carts(CartStore store, QueryGateway queries, Clock clock, @Value("${ledger.cart.guest-ttl:P30D}") Duration guestTtl) {
        this.store = store;
        this.queries = queries;
        this.clock = clock;
        this.guestTtl = guestTtl;
    }

    /** The cart as it is now; an unknown or expired guest cart is empty. */
    @Transactional(readOnly = true)
    public CartView view(CartKey cart, GuestToken token) {
        List<CartLine> lines = store.lines(cart, clock.instant());
        return CartView.of(token, lines, offers(lines));
    }

    /** Adds units of a SKU (to the line it already has, if any). */
    @Transactional
    public CartView add(CartKey cart, GuestToken token, SkuRef sku, int quantity) {
        Instant now = clock.instant();
        List<CartLine> lines = store.lines(cart, now);
        Optional<CartLine> known = lines.stream().filter(line -> line.sku().equals(sku)).findFirst();
        if (known.isEmpty() && lines.size() >= OrderSize.MAX_LINES) {
            throw new BusinessRuleViolation("CART_FULL", "a cart holds at most " + OrderSize.MAX_LINES + " lines");
        }
        int wanted = known.map(CartLine::quantity).orElse(0) + quantity;
        requireBuyable(sku, wanted);
        open(cart, now);
        store.put(cart, known.map(line -> line.withQuantity(wanted)).orElse(new CartLine(sku, wanted, true, now)));
        return view(cart, token);
    }

    /** Sets a line's quantity and whether it is selected for checkout. */
    @Transactional
    public CartView change(CartKey cart, GuestToken token, SkuRef sku, int quantity, boolean selected) {
        Instant now = clock.instant();
        CartLine line = store.lines(cart, now).stream().filter(known -> known.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("the cart has no " + sku));
        if (quantity != line.quantity()) {
            requireBuyable(sku, quantity);
        }
        open(cart, now);
        store.put(cart, line.withQuantity(quantity).withSelected(selected));
        return view(cart, token);
    }

    @Transactional
    public CartView remove(CartKey cart, GuestToken token, SkuRef sku) {
        if (store.exists(cart, clock.instant())) {
            store.remove(cart, List.of(sku));
        }
        return view(cart, token);
    }

    /**
     * The guest's cart goes into the buyer's: quantities add up, capped by what can be bought now
     * (the stock, the largest quantity a line takes); a SKU that cannot be bought at all keeps what
     * the buyer had, or what the guest chose. The guest's cart is gone afterwards, and a token that
     * holds no cart changes nothing.
     */
    @Transactional
    public void mergeGuestCart(GuestToken token, UserId buyer) {
        CartKey guest = CartKey.of(token);
        CartKey own = CartKey.of(buyer);
        Instant now = clock.instant();
        List<CartLine> theirs = store.lines(guest, now);
        if (!theirs.isEmpty()) {
            Map<SkuRef, CartLine> mine = store.lines(own, now).stream()
                    .collect(Collectors.toMap(CartLine::sku, Function.identity()));
            List<SkuOffer> offers = offers(theirs);
            open(own, now);
            int room = OrderSize.MAX_LINES - mine.size();
            for (int i = 0; i < theirs.size(); i++) {
                CartLine line = theirs.get(i);
                CartLine had = mine.get(line.sku());
                if (had == null && room-- <= 0) {
                    log.info("A guest cart's line {} did not fit into the cart of {}: it is full", line.sku(), buyer);
                    continue;
                }
                int held = had == null ? 0 : had.quantity();
                int merged = Math.max(held, Math.min(held + line.quantity(), cap(offers.get(i), held + line.quantity())));
                store.put(own, had == null ? line.withQuantity(merged) : had.withQuantity(merged));
            }
        }
        store.delete(guest);
    }

    /** Guests' carts past their time are deleted every {@code ledger.cart.cleanup-interval} (an hour by default). */
    @Scheduled(fixedDelayString = "${ledger.cart.cleanup-interval:PT1H}", initialDelayString = "${ledger.cart.cleanup-interval:PT1H}")
    public void deleteExpiredGuestCarts() {
        int deleted = store.deleteExpired(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} expired guest carts", deleted);
        }
    }

    /** The selected lines of the cart that checkout turns into orders. */
    @Transactional(readOnly = true)
    public List<CartLine> selected(CartKey cart) {
        return store.lines(cart, clock.instant()).stream().filter(CartLine::selected).toList();
    }

    /** The lines that checkout turned into orders leave the cart. */
    @Transactional
    public void checkedOut(CartKey cart, List<SkuRef> skus) {
        store.remove(cart, skus);
    }

    private void open(CartKey cart, Instant now) {
        store.open(cart, cart.isGuest() ? now.plus(guestTtl) : null, now);
    }

    /** What a line may hold of this offer: the stock free now and the largest quantity a line takes. */
    private static int cap(SkuOffer offer, int wanted) {
        if (!offer.purchasable()) {
            return Math.min(wanted, OrderSize.MAX_QUANTITY);
        }
        return (int) Math.min(OrderSize.MAX_QUANTITY, Math.min(offer.available(), wanted));
    }

    private void requireBuyable(SkuRef sku, int quantity) {
        if (quantity > OrderSize.MAX_QUANTITY) {
            throw new BusinessRuleViolation("QUANTITY_TOO_LARGE", "a line holds at most " + OrderSize.MAX_QUANTITY + " units");
        }
        SkuOffer offer = offers(List.of(new CartLine(sku, quantity, true, clock.instant()))).get(0);
        if (!offer.purchasable()) {
            throw new BusinessRuleViolation(offer.unavailable(), sku + " cannot be bought now");
        }
        if (quantity > offer.available()) {
            throw new BusinessRuleViolation("NOT_ENOUGH_STOCK", "only " + offer.available() + " units of " + sku + " can be bought now");
        }
    }

    List<SkuOffer> offers(List<CartLine> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(queries.query(new FindSkuOffersQuery(lines.stream().map(CartLine::sku).toList()),
                ResponseTypes.instanceOf(SkuOffers.class)).join().offers());
    }
}
