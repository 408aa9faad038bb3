package dev.orderledger.console.order;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.common.StoredText;
import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.RefundDetail;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundStatus;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.security.Actor;
import dev.orderledger.console.FormValues;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Customer service on an order's page, within the API's rules: an admin cancels an unpaid order (as customer
 * service) or opens a refund of the whole order or of some units of a line; the order's seller (or an admin)
 * approves or rejects a requested refund, and an admin arbitrates a rejected one. The same commands as the
 * API's, with the reader's {@link Actor}, so the aggregates' checks hold here too.
 * <p>
 * Done, an action returns to the order's page (named in its address: no session), once the order views show
 * what it did or after a few seconds. Refused, it shows the order's page again with the reason and the form as
 * it was typed: nothing changed.
 */
@Controller
class OrderActions {

    private static final Pattern REFUND_ID = Pattern.compile(Identifiers.CHOSEN_NAME_REGEX);
    static final int REASON_LENGTH = 500;
    private static final int MAX_QUANTITY = 10_000;
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final OrderReader orders;
    private final CommandGateway commands;
    private final Clock clock;

    OrderActions(OrderReader orders, CommandGateway commands, Clock clock) {
        this.orders = orders;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/console/orders/{orderId}/cancellation")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView cancel(@PathVariable String orderId, Actor admin, Model model) {
        OrderDetail order = orders.read(orderId, admin);
        try {
            commands.sendAndWait(new CancelOrderCommand(order.orderId(), admin, CancellationReason.CUSTOMER_SERVICE,
                    clock.instant()));
        } catch (StateConflict | BusinessRuleViolation | NotPermitted refused) {
            return refused(order, "The order was not cancelled: " + refused.getMessage(), refused, model);
        }
        return back(order.orderId(), admin, shown -> shown.cancelledAt() != null, "done=cancelled");
    }

    @PostMapping("/console/orders/{orderId}/refunds")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView openRefund(@PathVariable String orderId, RefundForm form, Actor admin, Model model) {
        OrderDetail order = orders.read(orderId, admin);
        List<String> problems = form.problems(order);
        if (!problems.isEmpty()) {
            model.addAttribute("refundForm", form);
            return OrderPages.page(order, model, null, problems, HttpStatus.BAD_REQUEST);
        }
        RefundId refundId = RefundId.of(form.refundId().trim());
        try {
            commands.sendAndWait(new RequestRefundCommand(order.orderId(), refundId, admin, RefundKind.ADMIN, form.lineNo(),
                    form.units(), form.goodsComeBack(), form.said(), clock.instant()));
        } catch (StateConflict | BusinessRuleViolation | NotPermitted | InvalidValue refused) {
            model.addAttribute("refundForm", form);
            return refused(order, "No refund was opened: " + refused.getMessage(), refused, model);
        }
        return back(order.orderId(), admin, shown -> has(shown, refundId), "done=refund&refund=" + encoded(refundId.value()));
    }

    @PostMapping("/console/orders/{orderId}/refunds/{refundId}/decision")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ModelAndView decide(@PathVariable String orderId, @PathVariable String refundId, @RequestParam(defaultValue = "") String approve,
                        @RequestParam(defaultValue = "") String reason, Actor actor, Model model) {
        return judge(orderId, refundId, approve, reason, actor, model, false);
    }

    @PostMapping("/console/orders/{orderId}/refunds/{refundId}/arbitration")
    @PreAuthorize("hasRole('ADMIN')")
    ModelAndView arbitrate(@PathVariable String orderId, @PathVariable String refundId, @RequestParam(defaultValue = "") String approve,
                           @RequestParam(defaultValue = "") String reason, Actor admin, Model model) {
        return judge(orderId, refundId, approve, reason, admin, model, true);
    }

    /** A decision on a requested refund, or an arbitration of a rejected one: approve, or reject with a reason. */
    private ModelAndView judge(String orderId, String refundId, String approve, String reason, Actor actor, Model model,
                               boolean arbitration) {
        OrderDetail order = orders.read(orderId, actor);
        RefundDetail refund = order.refunds().stream().filter(r -> r.refundId().value().equals(refundId)).findFirst()
                .orElseThrow(() -> new ResourceNotFound("no refund " + refundId));
        boolean approved = "true".equals(approve);
        String said = reason.strip();
        List<String> problems = new ArrayList<>();
        if (!approved && !"false".equals(approve)) {
            problems.add("Decision: approve or reject.");
        }
        if (said.length() > REASON_LENGTH || !said.equals(StoredText.clean(said))) {
            problems.add("Reason: at most " + REASON_LENGTH + " characters of text.");
        }
        if (!approved && said.isEmpty()) {
            problems.add("Reason: a rejection says why.");
        }
        if (!problems.isEmpty()) {
            return OrderPages.page(order, model, null, problems, HttpStatus.BAD_REQUEST);
        }
        RefundStatus before = refund.status();
        try {
            if (arbitration) {
                commands.sendAndWait(new ArbitrateRefundCommand(refund.refundId(), actor, approved, said.isEmpty() ? null : said,
                        clock.instant()));
            } else {
                commands.sendAndWait(new DecideRefundCommand(refund.refundId(), actor, approved, said.isEmpty() ? null : said,
                        clock.instant()));
            }
        } catch (StateConflict | BusinessRuleViolation | NotPermitted refused) {
            return refused(order, "Refund " + refundId + " was not changed: " + refused.getMessage(), refused, model);
        }
        return back(order.orderId(), actor, shown -> shown.refunds().stream()
                        .anyMatch(r -> r.refundId().equals(refund.refundId()) && r.status() != before),
                "done=" + (approved ? "approved" : "rejected") + "&refund=" + encoded(refundId));
    }

    private ModelAndView back(OrderId orderId, Actor actor, Predicate<OrderDetail> shown, String outcome) {
        boolean visible = orders.awaitShown(orderId, actor, shown, PATIENCE);
        return new ModelAndView("redirect:/console/orders/" + orderId.value() + "?" + outcome + (visible ? "" : "&pending=true"));
    }

    private static ModelAndView refused(OrderDetail order, String message, RuntimeException refusal, Model model) {
        HttpStatus status = refusal instanceof StateConflict ? HttpStatus.CONFLICT
                : refusal instanceof NotPermitted ? HttpStatus.FORBIDDEN
                : refusal instanceof InvalidValue ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        return OrderPages.page(order, model, null, List.of(message), status);
    }

    private static boolean has(OrderDetail order, RefundId refundId) {
        return order.refunds().stream().anyMatch(r -> r.refundId().equals(refundId));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The refund form as typed: its id (chosen when the page was drawn, so the same form sent twice opens one
     * refund: the ledger answers a repeated request with the refund it opened), the line (none for the whole order) and its units, whether goods come back, and why.
     */
    record RefundForm(String refundId, String line, String quantity, Boolean withReturn, String reason) {

        List<String> problems(OrderDetail order) {
            List<String> problems = new ArrayList<>();
            if (refundId == null || !REFUND_ID.matcher(refundId.trim()).matches()) {
                problems.add("Refund id: letters, digits, - and _, up to 64.");
            }
            if (present(line)) {
                Integer lineNo = number(line);
                if (lineNo == null || order.lines().stream().noneMatch(l -> l.lineNo() == lineNo)) {
                    problems.add("Line: one of the order's line numbers, or none for the whole order.");
                }
                Integer units = number(quantity);
                if (units == null || units < 1 || units > MAX_QUANTITY) {
                    problems.add("Units: a number from 1 to " + MAX_QUANTITY + ".");
                }
            } else if (present(quantity)) {
                problems.add("Units: only with a line; the whole order is refunded without them.");
            }
            String said = said();
            if (said == null || said.length() > REASON_LENGTH || !said.equals(StoredText.clean(said))) {
                problems.add("Reason: 1 to " + REASON_LENGTH + " characters saying why.");
            }
            return problems;
        }

        /** Whether the goods come back: a checkbox, absent when not ticked. */
        public boolean goodsComeBack() {
            return Boolean.TRUE.equals(withReturn);
        }

        Integer lineNo() {
            return present(line) ? number(line) : null;
        }

        int units() {
            return present(line) ? number(quantity) : 0;
        }

        String said() {
            return reason == null || reason.isBlank() ? null : reason.strip();
        }

        private static Integer number(String text) {
            if (text == null || !text.trim().matches("[0-9]{1,6}")) {
                return null;
            }
            return Integer.valueOf(text.trim());
        }

        private static boolean present(String text) {
            return FormValues.present(text);
        }
    }
}
