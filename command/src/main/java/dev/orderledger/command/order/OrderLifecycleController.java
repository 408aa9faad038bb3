package dev.orderledger.command.order;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.order.CancelOrderCommand;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.ConfirmReceiptCommand;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.ShipOrderCommand;
import dev.orderledger.api.order.UpdateTrackingNumberCommand;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * An order's life after placement. Buyers cancel their unpaid orders and confirm receipt; sellers
 * ship and correct tracking numbers; admins cancel for customer service. Every other step (placement,
 * payment, fulfillment, delivery, completion, closure) is taken by its process, with the partners'
 * answers and the stock, marketing and money that go with it; a step a process cannot finish goes
 * to the intervention queue (ADR 0017).
 */
@RestController
class OrderLifecycleController {


    private final CommandGateway commands;
    private final Clock clock;

    OrderLifecycleController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/orders/{orderId}/cancellation")
    @PreAuthorize("hasAnyRole('BUYER', 'ADMIN')")
    ResponseEntity<Void> cancel(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                @Valid @RequestBody(required = false) Cancellation cancellation, Actor actor) {
        CancellationReason reason = cancellation == null ? null : cancellation.reason();
        commands.sendAndWait(new CancelOrderCommand(OrderId.of(orderId), actor, reason, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/orders/{orderId}/shipment")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    Shipping ship(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId, @Valid @RequestBody Shipment shipment,
                  Actor actor) {
        long version = commands.sendAndWait(new ShipOrderCommand(OrderId.of(orderId), actor, shipment.carrier(),
                shipment.trackingNumber(), clock.instant()));
        return new Shipping(shipment.carrier(), shipment.trackingNumber(), version);
    }

    @PutMapping("/api/orders/{orderId}/shipment/tracking")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    Shipping updateTracking(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                            @Valid @RequestBody TrackingUpdate update, Actor actor) {
        long version = commands.sendAndWait(new UpdateTrackingNumberCommand(OrderId.of(orderId), actor, update.carrier(),
                update.trackingNumber(), update.version(), clock.instant()));
        return new Shipping(update.carrier(), update.trackingNumber(), version);
    }

    @PostMapping("/api/orders/{orderId}/receipt")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<Void> confirmReceipt(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId, Actor actor) {
        commands.sendAndWait(new ConfirmReceiptCommand(OrderId.of(orderId), actor, clock.instant()));
        return ResponseEntity.noContent().build();
    }

    record Cancellation(CancellationReason reason) {
    }

    record Shipment(@NotBlank @Size(max = 50) String carrier, @NotBlank @Size(max = 64) String trackingNumber) {
    }

    record TrackingUpdate(@NotBlank @Size(max = 50) String carrier, @NotBlank @Size(max = 64) String trackingNumber,
                          @Min(1) long version) {
    }

    record Shipping(String carrier, String trackingNumber, long shippingVersion) {
    }
}
