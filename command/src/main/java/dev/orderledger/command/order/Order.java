package dev.orderledger.command.order;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderPlacement;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.command.product.Catalogue;
import dev.orderledger.command.product.SaleableSku;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One order of one buyer from one seller. Placement is idempotent on the order id: placing an id
 * that exists answers with that order. An unpaid order is cancelled when its payment deadline passes.
 */
@Aggregate(cache = "aggregateCache")
class Order {

    /** Name of the deadline that cancels an unpaid order; it survives restarts (db-scheduler). */
    static final String PAYMENT_TIMEOUT = "order-payment-timeout";
    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 10_000;

    @AggregateIdentifier
    private OrderId orderId;
    private String buyerId;
    private OrderStatus status;

    Order() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    OrderPlacement handle(PlaceOrderCommand command, Catalogue catalogue, DeadlineManager deadlines) {
        if (orderId != null) {
            if (!buyerId.equals(command.buyerId())) {
                throw new StateConflict(status.name(), "order id " + command.orderId() + " is already taken");
            }
            return new OrderPlacement(orderId, false);
        }
        List<SaleableSku> skus = price(command.lines(), catalogue);
        String sellerId = skus.get(0).sellerId();
        if (skus.stream().anyMatch(sku -> !sku.sellerId().equals(sellerId))) {
            throw new BusinessRuleViolation("MIXED_SELLERS", "an order holds the items of one seller; split the checkout");
        }
        if (command.shippingAddress() == null) {
            throw new BusinessRuleViolation("SHIPPING_ADDRESS_MISSING", "a physical order needs a shipping address");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            SaleableSku sku = skus.get(i);
            int quantity = command.lines().get(i).quantity();
            Money total = sku.unitPrice().times(quantity);
            lines.add(new OrderLine(i + 1, sku.productId(), sku.skuId(), sku.snapshotId(), sku.productName(),
                    quantity, sku.unitPrice(), Money.zero(total.currency()), total));
        }
        Money totalAmount = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        apply(new OrderPlacedEvent(command.orderId(), command.buyerId(), sellerId, OrderType.PHYSICAL, lines,
                totalAmount, command.shippingAddress(), command.placedAt(), command.paymentDeadline()));
        deadlines.schedule(command.paymentDeadline(), PAYMENT_TIMEOUT, new PaymentDeadline(command.paymentDeadline()));
        return new OrderPlacement(command.orderId(), true);
    }

    @DeadlineHandler(deadlineName = PAYMENT_TIMEOUT)
    void onPaymentTimeout(PaymentDeadline deadline) {
        if (status.isCancellable()) {
            apply(new OrderCancelledEvent(orderId, CancellationReason.PAYMENT_TIMEOUT, deadline.due()));
        }
    }

    @EventSourcingHandler
    void on(OrderPlacedEvent event) {
        orderId = event.orderId();
        buyerId = event.buyerId();
        status = OrderStatus.CREATED;
    }

    @EventSourcingHandler
    void on(OrderCancelledEvent event) {
        status = OrderStatus.CANCELLED;
    }

    private static List<SaleableSku> price(List<LineRequest> lines, Catalogue catalogue) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessRuleViolation("ORDER_WITHOUT_LINES", "an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new BusinessRuleViolation("TOO_MANY_LINES", "an order holds at most " + MAX_LINES + " lines");
        }
        if (lines.stream().map(line -> List.of(line.productId(), line.skuId())).distinct().count() < lines.size()) {
            throw new BusinessRuleViolation("DUPLICATE_LINE", "each SKU appears once; raise its quantity instead");
        }
        List<SaleableSku> priced = new ArrayList<>();
        for (LineRequest line : lines) {
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw new BusinessRuleViolation("QUANTITY_OUT_OF_RANGE",
                        "quantity must be between 1 and " + MAX_QUANTITY);
            }
            priced.add(catalogue.saleable(line.productId(), line.skuId()));
        }
        if (priced.stream().map(sku -> sku.unitPrice().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("MIXED_CURRENCIES", "an order is paid in one currency");
        }
        return priced;
    }

    /** The payload of the payment-timeout deadline. */
    record PaymentDeadline(Instant due) {
    }
}
