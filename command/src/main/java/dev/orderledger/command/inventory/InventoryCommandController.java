package dev.orderledger.command.inventory;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.inventory.AdjustStockCommand;
import dev.orderledger.api.inventory.DeductReservedStockCommand;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReleaseStockReservationCommand;
import dev.orderledger.api.inventory.ReserveStockCommand;
import dev.orderledger.api.inventory.RebalanceStockCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.inventory.SetStockBucketsCommand;
import dev.orderledger.api.inventory.StockBucket;
import dev.orderledger.api.inventory.StockReservation;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;

/** Sellers receive and count their stock and mark a SKU hot; admins release a reservation by hand and rebalance. */
@RestController
class InventoryCommandController {

    private static final long MAX_UNITS = 1_000_000_000L;
    private static final long MAX_HOLD_DAYS = 30;

    private final CommandGateway commands;
    private final Clock clock;

    InventoryCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/inventory/{productId}/{skuId}/receipts")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> receive(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                 @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                 @Valid @RequestBody Receipt receipt, Actor actor) {
        commands.sendAndWait(new ReceiveStockCommand(sku(productId, skuId), actor, receipt.quantity(), receipt.reference()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/inventory/{productId}/{skuId}/adjustments")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> adjust(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                @Valid @RequestBody Adjustment adjustment, Actor actor) {
        commands.sendAndWait(new AdjustStockCommand(sku(productId, skuId), actor, adjustment.delta(), adjustment.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/inventory/{productId}/{skuId}/reservations/{orderId}/release")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> release(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                 @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                 @PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                 @RequestParam(defaultValue = "0") @Min(0) @Max(StockBucket.MAX_BUCKETS - 1) int bucket) {
        commands.sendAndWait(new ReleaseStockReservationCommand(sku(productId, skuId), OrderId.of(orderId),
                ReleaseReason.MANUAL, bucket));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/inventory/{productId}/{skuId}/reservations")
    @PreAuthorize("hasRole('ADMIN')")
    Reserved reserve(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                     @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                     @Valid @RequestBody Reservation reservation) {
        StockReservation held = commands.sendAndWait(new ReserveStockCommand(sku(productId, skuId),
                OrderId.of(reservation.orderId()), reservation.quantity(), clock.instant().plus(reservation.holdFor())));
        return new Reserved(held.held(), held.bucket());
    }

    @PostMapping("/api/admin/inventory/{productId}/{skuId}/reservations/{orderId}/deduction")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deduct(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                @PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(StockBucket.MAX_BUCKETS - 1) int bucket) {
        commands.sendAndWait(new DeductReservedStockCommand(sku(productId, skuId), OrderId.of(orderId), bucket));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/inventory/{productId}/{skuId}/restocks")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> restock(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                 @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                 @Valid @RequestBody Restock restock) {
        commands.sendAndWait(new RestockCommand(sku(productId, skuId), OrderId.of(restock.orderId()), restock.quantity(),
                restock.reference()));
        return ResponseEntity.noContent().build();
    }

    /** A hot SKU: its stock is spread over this many buckets, so that its buyers do not all wait for one (ADR 0015). */
    @PutMapping("/api/inventory/{productId}/{skuId}/buckets")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> split(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                               @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                               @Valid @RequestBody Buckets buckets, Actor actor) {
        commands.sendAndWait(new SetStockBucketsCommand(sku(productId, skuId), actor, buckets.buckets()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/inventory/{productId}/{skuId}/rebalance")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> rebalance(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                   @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId) {
        commands.sendAndWait(new RebalanceStockCommand(sku(productId, skuId)));
        return ResponseEntity.noContent().build();
    }

    private static SkuRef sku(String productId, String skuId) {
        return new SkuRef(ProductId.of(productId), SkuId.of(skuId));
    }

    record Receipt(@Min(1) @Max(MAX_UNITS) long quantity, @NotBlank @Size(max = 100) String reference) {
    }

    /** A hold of at least a second and at most {@value #MAX_HOLD_DAYS} days (placement's own holds are 30 minutes). */
    record Reservation(@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId, @Min(1) @Max(MAX_UNITS) long quantity,
                       @NotNull @DurationMin(seconds = 1) @DurationMax(days = MAX_HOLD_DAYS) Duration holdFor) {
    }

    /** Whether the units are held, and the bucket that holds them (the one to release or deduct them from). */
    record Reserved(boolean held, int bucket) {
    }

    record Restock(@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId, @Min(1) @Max(MAX_UNITS) long quantity,
                   @NotBlank @Size(max = 100) String reference) {
    }

    record Buckets(@Min(1) @Max(StockBucket.MAX_BUCKETS) int buckets) {
    }

    record Adjustment(@Min(-MAX_UNITS) @Max(MAX_UNITS) long delta, @MultiLine @NotBlank @Size(max = 200) String reason) {
    }
}
