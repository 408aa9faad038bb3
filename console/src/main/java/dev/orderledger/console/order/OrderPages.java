package dev.orderledger.console.order;

import dev.orderledger.api.order.FindOrdersQuery;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPage;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import dev.orderledger.api.security.UserId;
import dev.orderledger.console.FormValues;
import dev.orderledger.api.common.Identifiers;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Orders in the console: a search (an admin's over all orders, a seller's over their own, as
 * {@code GET /api/admin/orders} and {@code GET /api/seller/orders} allow), and an order's page with its
 * lines and their snapshots, payments, fulfillment, refunds and timeline, for whoever may read the order
 * ({@code GET /api/orders/{id}}'s rule: its buyer, its seller, an admin). Nobody else learns the order exists.
 * The page holds the forms of {@link OrderActions} its reader may use.
 */
@Controller
class OrderPages {

    private static final Pattern ORDER_ID = Pattern.compile(Identifiers.ORDER_ID_REGEX);
    private static final Pattern REFUND_ID = Pattern.compile(Identifiers.CHOSEN_NAME_REGEX);
    private static final Pattern NAME = Identifiers.NAME;
    private static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final OrderReader orders;

    OrderPages(QueryGateway queries, OrderReader orders) {
        this.queries = queries;
        this.orders = orders;
    }

    @GetMapping("/console/orders")
    String search(@ModelAttribute("search") OrderSearch search, Actor reader, Model model) {
        boolean admin = reader.roles().contains(Role.ADMIN);
        if (!admin && !reader.roles().contains(Role.SELLER)) {
            throw new AccessDeniedException("orders are searched by admins and sellers");
        }
        List<String> problems = search.problems();
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("admin", admin);
        if (!problems.isEmpty()) {
            model.addAttribute("found", new OrderPage(List.of(), 0, PAGE_SIZE, 0));
            return "console/orders";
        }
        UserId seller = admin ? search.sellerId() : reader.userId();
        FindOrdersQuery query = new FindOrdersQuery(search.orderId(), admin ? search.buyerId() : null, seller,
                search.statusValue(), null, null, search.fromInstant(), search.toInstant(), search.pageNumber(), PAGE_SIZE);
        model.addAttribute("found", queries.query(query, ResponseTypes.instanceOf(OrderPage.class)).join());
        return "console/orders";
    }

    @GetMapping("/console/orders/{orderId}")
    ModelAndView order(@PathVariable String orderId, @RequestParam(required = false) String done,
                       @RequestParam(required = false) String refund, @RequestParam(required = false) String pending,
                       Actor reader, Model model) {
        return page(orders.read(orderId, reader), model, notice(done, refund, "true".equals(pending)), List.of(), HttpStatus.OK);
    }

    /**
     * An order's page: the order, what was just done to it (or null) and what refused the last form (empty if
     * nothing), and a refund form (a fresh one with a new refund id, unless the model holds one as typed).
     */
    static ModelAndView page(OrderDetail order, Model model, String notice, List<String> problems, HttpStatus status) {
        model.addAttribute("order", order);
        model.addAttribute("notice", notice);
        model.addAttribute("problems", problems);
        model.addAttribute("reasonLength", OrderActions.REASON_LENGTH);
        if (!model.containsAttribute("refundForm")) {
            model.addAttribute("refundForm", new OrderActions.RefundForm("refund-" + UUID.randomUUID(), null, null, null, null));
        }
        ModelAndView page = new ModelAndView("console/order", model.asMap());
        page.setStatus(status);
        return page;
    }

    /** What the page says was done, from its address (any node can say it: no session holds it). */
    private static String notice(String done, String refund, boolean pending) {
        String which = refund != null && REFUND_ID.matcher(refund).matches() ? "Refund " + refund : "The refund";
        String said = switch (done == null ? "" : done) {
            case "cancelled" -> "The order is cancelled.";
            case "refund" -> which + " is opened.";
            case "approved" -> which + " is approved.";
            case "rejected" -> which + " is rejected.";
            default -> null;
        };
        return said == null || !pending ? said : said + " The page shows it in a moment: reload it.";
    }

    /** The search form as typed; a field that does not read is named, and nothing is searched. */
    record OrderSearch(String order, String buyer, String seller, String status, String from, String to, Integer page) {

        List<String> problems() {
            List<String> problems = new java.util.ArrayList<>();
            if (present(order) && !ORDER_ID.matcher(order.trim()).matches()) {
                problems.add("Order id: an order id has 19 digits.");
            }
            if (present(buyer) && !NAME.matcher(buyer.trim()).matches()) {
                problems.add("Buyer: not a user id.");
            }
            if (present(seller) && !NAME.matcher(seller.trim()).matches()) {
                problems.add("Seller: not a user id.");
            }
            if (present(status) && statusOrNull() == null) {
                problems.add("Status: not an order status.");
            }
            if (present(from) && FormValues.day(from) == null) {
                problems.add("From: " + FormValues.DAY_HINT + ".");
            }
            if (present(to) && FormValues.day(to) == null) {
                problems.add("To: " + FormValues.DAY_HINT + ".");
            }
            return problems;
        }

        OrderId orderId() {
            return present(order) ? OrderId.of(order.trim()) : null;
        }

        UserId buyerId() {
            return present(buyer) ? UserId.of(buyer.trim()) : null;
        }

        UserId sellerId() {
            return present(seller) ? UserId.of(seller.trim()) : null;
        }

        OrderStatus statusValue() {
            return present(status) ? statusOrNull() : null;
        }

        Instant fromInstant() {
            return present(from) ? FormValues.startOf(FormValues.day(from)) : null;
        }

        /** To a day, inclusive: until the start of the next. */
        Instant toInstant() {
            return present(to) ? FormValues.endOf(FormValues.day(to)) : null;
        }

        int pageNumber() {
            return page == null || page < 0 ? 0 : Math.min(page, 500);
        }

        private OrderStatus statusOrNull() {
            try {
                return OrderStatus.valueOf(status.trim());
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        private static boolean present(String text) {
            return FormValues.present(text);
        }
    }
}
