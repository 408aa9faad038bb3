package dev.orderledger.app.runtime;

import dev.orderledger.app.support.Storefront;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The shop that {@link CrashIT} and {@link TwoNodeIT} put under place-and-pay load, each on a packaged
 * ledger of its own: the bootstrap admin, a seller, three products (the last one sells out) and four buyers.
 * The orders left unpaid time out within {@link #PAYMENT_TIMEOUT}.
 */
final class LoadScenario {

    static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(15);
    static final String ADMIN = "root@load.test";
    static final String ADMIN_PASSWORD = "load-admin-secret-1";
    static final String PASSWORD = "load-pass-1";
    /** Units received per product: the last one sells out. */
    static final Map<String, Long> STOCK = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
            "load-kettle", 40L, "load-lamp", 40L, "load-clock", 6L)));
    static final String SCARCE_PRODUCT = "load-clock";

    private LoadScenario() {
    }

    /** The arguments of the ledger under load: the dev profile, the payment timeout, the bootstrap admin. */
    static List<String> ledgerArguments() {
        return List.of("--spring.profiles.active=dev",
                "--ledger.order.payment-timeout=" + PAYMENT_TIMEOUT,
                "--ledger.processes.recheck-interval=PT2S",
                "--ledger.security.rate-limit.requests-per-minute=100000",
                "--ledger.security.bootstrap-admin.email=" + ADMIN,
                "--ledger.security.bootstrap-admin.password=" + ADMIN_PASSWORD);
    }

    /** Logs the admin in, puts the seller's products on shelf with their stock; answers the four buyers' tokens. */
    static List<String> openShop(Storefront shop) {
        String admin = shop.login(ADMIN, ADMIN_PASSWORD);
        String seller = shop.registerAndLogin("seller@load.test", PASSWORD, "SELLER");
        STOCK.forEach((productId, units) -> shop.productOnShelf(seller, admin, productId, productId, "19.90", units));
        return IntStream.range(0, 4).mapToObj(i -> shop.registerAndLogin("buyer" + i + "@load.test", PASSWORD, "BUYER")).toList();
    }
}
