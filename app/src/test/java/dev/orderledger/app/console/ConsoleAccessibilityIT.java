package dev.orderledger.app.console;

import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the console passes axe-core's WCAG 2 A and AA rules in Chromium (labels, contrast, names of
 * controls and links, landmarks, a language, a title), each as the role that works there, with data on it: an
 * order paid, a reconciliation run, a day's settlement and an account at an instant shown.
 */
class ConsoleAccessibilityIT extends LedgerIntegrationTest {

    @Test
    void everyPageOfTheConsolePassesTheWcagRulesAxeChecks() {
        User seller = seller();
        User buyer = buyer();
        String orderId = placedOrder(buyer, orderOf(null, productOnShelf(seller, "Accessible lamp", "18.00"), 1));
        pay(buyer, "pay-" + orderId, orderId);
        awaitOrder(admin(), orderId, order -> !order.at("/payments").isEmpty());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, List<String>> problems = new LinkedHashMap<>();

        try (Browser browser = new Browser(baseUrl(), 1280, 1000)) {
            check(browser, "/console/login", problems);
            browser.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
            for (String page : List.of("/console/orders", "/console/orders?order=" + orderId, "/console/orders/" + orderId,
                    "/console/orders/1000000000000000000", "/console/interventions", "/console/reviews", "/console/risk",
                    "/console/projections", "/console/projections/search-rebuild", "/console/reconciliation",
                    "/console/gateway-statements", "/console/settlements?day=" + today,
                    "/console/accounts?account=seller:" + seller.userId() + "&at=" + today + "T23:59:59Z")) {
                check(browser, page, problems);
            }
        }
        try (Browser browser = new Browser(baseUrl(), 390, 844)) {
            browser.signIn(seller.email(), seller.password());
            for (String page : List.of("/console/orders", "/console/orders/" + orderId, "/console/seller/settlements",
                    "/console/seller/webhooks", "/console/reconciliation")) {
                check(browser, page, problems);
            }
        }
        assertThat(problems).as("pages and the rules they break").isEmpty();
    }

    private static void check(Browser browser, String page, Map<String, List<String>> problems) {
        browser.open(page);
        List<String> found = browser.accessibilityProblems();
        if (!found.isEmpty()) {
            problems.put(page, found);
        }
    }
}
