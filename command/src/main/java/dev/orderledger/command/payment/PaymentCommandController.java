package dev.orderledger.command.payment;

import dev.orderledger.command.risk.Standings;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.CreatePayOrderCommand;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.outcome.OrderOutcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Buyers pay their orders (one pay order for several orders); the payment process records each
 * step, and admins can record a step by hand for a payment stuck between two.
 */
@RestController
class PaymentCommandController {

    private final CommandGateway commands;
    private final OrderOutcomes outcomes;
    private final Clock clock;

    private final Standings standings;

    PaymentCommandController(CommandGateway commands, OrderOutcomes outcomes, Clock clock, Standings standings) {
        this.standings = standings;
        this.commands = commands;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * Pays orders and answers with the payment's outcome ({@link PaymentOutcome}): paid, or ended without
     * paying (a decline is an outcome, not an error); 202 when the wait ran out.
     */
    @PostMapping("/api/pay-orders")
    @PreAuthorize("hasRole('BUYER')")
    DeferredResult<ResponseEntity<?>> pay(@Valid @RequestBody PayRequest request, Actor buyer,
                                          HttpServletRequest http) {
        standings.requireNotBlocked(buyer.userId());
        PayOrderId payOrderId = PayOrderId.of(request.payOrderId() != null ? request.payOrderId() : "pay-" + UUID.randomUUID());
        List<OrderId> orderIds = request.orderIds().stream().map(OrderId::of).distinct().toList();
        OrderOutcomes.Wait outcome = outcomes.follow(orderIds, buyer, http.getHeader(OrderOutcomes.PREFER));
        try {
            commands.sendAndWait(new CreatePayOrderCommand(payOrderId, buyer.userId(),
                    request.orderIds().stream().map(OrderId::of).toList(), request.method(), request.coinAmount(),
                    request.voucherAmount(), clock.instant()));
        } catch (RuntimeException refused) {
            outcome.cancel();
            throw refused;
        }
        return outcome.answer(orders -> PaymentOutcome.of(payOrderId, orderIds, orders),
                () -> PaymentOutcome.pending(payOrderId, orderIds));
    }

    record PayRequest(
            @Pattern(regexp = Identifiers.CHOSEN_NAME_REGEX) String payOrderId,
            @NotEmpty @Size(max = 50) List<@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String> orderIds,
            @NotNull PaymentMethod method,
            @Amount(zero = true) Money coinAmount,
            @Amount(zero = true) Money voucherAmount) {
    }
}
