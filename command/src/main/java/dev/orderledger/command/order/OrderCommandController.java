package dev.orderledger.command.order;

import dev.orderledger.command.risk.Standings;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.command.outcome.OrderOutcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Buyers ask for an order id and place orders. An order id is the buyer's to choose among those of
 * their slot (see {@link OrderIdGenerator#isInSlotOf}); any other, or one another buyer placed with,
 * is unavailable (409), exactly as every id that cannot be used.
 */
@RestController
@RequestMapping("/api")
class OrderCommandController {

    private final CommandGateway commands;
    private final OrderOutcomes outcomes;
    private final OrderIdGenerator orderIds;
    private final Clock clock;
    private final Duration paymentTimeout;
    private final Standings standings;

    OrderCommandController(CommandGateway commands, OrderOutcomes outcomes, OrderIdGenerator orderIds, Clock clock,
                           @Value("${ledger.order.payment-timeout:PT30M}") Duration paymentTimeout, Standings standings) {
        this.standings = standings;
        this.commands = commands;
        this.outcomes = outcomes;
        this.orderIds = orderIds;
        this.clock = clock;
        this.paymentTimeout = paymentTimeout;
    }

    /** An order id to place with later; placing twice with it places once. */
    @PostMapping("/order-ids")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<NewOrderId> newOrderId(Actor buyer) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new NewOrderId(orderIds.next(buyer.userId())));
    }

    /**
     * Places an order and answers with placement's outcome ({@link PlacementOutcome}): the order's
     * detail once placement confirmed it, 422 when placement refused it, 202 when the wait ran out.
     */
    @PostMapping("/orders")
    @PreAuthorize("hasRole('BUYER')")
    DeferredResult<ResponseEntity<?>> place(@Valid @RequestBody PlaceOrderRequest request, Actor buyer,
                                            HttpServletRequest http) {
        standings.requireNotBlocked(buyer.userId());
        OrderId orderId = request.orderId() != null ? OrderId.of(request.orderId()) : orderIds.next(buyer.userId());
        if (!orderIds.isInSlotOf(orderId, buyer.userId())) {
            throw new IdUnavailable();
        }
        Instant now = clock.instant();
        PlaceOrderCommand command = new PlaceOrderCommand(orderId, buyer.userId(),
                request.lines().stream()
                        .map(line -> new LineRequest(ProductId.of(line.productId()), SkuId.of(line.skuId()), line.quantity()))
                        .toList(),
                request.shippingAddress() == null ? null : request.shippingAddress().toAddress(),
                now, now.plus(paymentTimeout), new MarketingRequest(request.couponId() == null ? null : CouponId.of(request.couponId()),
                        request.points() == null ? 0 : request.points()));
        OrderOutcomes.Wait outcome = outcomes.follow(List.of(orderId), buyer, http.getHeader(OrderOutcomes.PREFER));
        OrderPlacement placement;
        try {
            placement = send(command);
        } catch (RuntimeException refused) {
            outcome.cancel();
            throw refused;
        }
        return outcome.answer(orders -> PlacementOutcome.of(placement, orders), () -> PlacementOutcome.pending(placement));
    }

    /** Two placements racing with one id: the loser retries once and finds the winner's order. */
    private OrderPlacement send(PlaceOrderCommand command) {
        try {
            return commands.sendAndWait(command);
        } catch (ConcurrencyException | AggregateStreamCreationException raceLost) {
            return commands.sendAndWait(command);
        }
    }

    record NewOrderId(OrderId orderId) {
    }

    record PlaceOrderRequest(
            @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
            @NotEmpty @Size(max = PlacementPricing.MAX_LINES) List<@Valid @NotNull LineItem> lines,
            @Valid ShippingAddressRequest shippingAddress,
            @Pattern(regexp = Identifiers.NAME_REGEX) String couponId,
            @Min(0) @Max(100_000_000) Long points) {
    }

    record LineItem(
            @NotBlank @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
            @NotBlank @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
            @Min(1) @Max(PlacementPricing.MAX_QUANTITY) int quantity) {
    }
}
