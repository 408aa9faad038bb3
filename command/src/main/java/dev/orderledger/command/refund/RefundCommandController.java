package dev.orderledger.command.refund;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.ArbitrateRefundCommand;
import dev.orderledger.api.refund.DecideRefundCommand;
import dev.orderledger.api.refund.ReceiveReturnCommand;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RequestRefundCommand;
import dev.orderledger.api.refund.ShipReturnCommand;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * Returns and refunds: buyers ask and send goods back, sellers decide and receive, admins arbitrate
 * rejected refunds, open refunds of their own (or after failed fulfillment) and record stuck steps.
 */
@RestController
class RefundCommandController {


    private final CommandGateway commands;
    private final Clock clock;

    RefundCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/orders/{orderId}/refunds")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<Created> request(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                    @Valid @RequestBody RefundRequest request, Actor buyer) {
        return open(orderId, request, buyer, RefundKind.BUYER);
    }

    @PostMapping("/api/admin/orders/{orderId}/refunds")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Created> openAsAdmin(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                        @Valid @RequestBody AdminRefundRequest request, Actor admin) {
        RefundKind kind = request.kind() == RefundKind.FAILED_FULFILLMENT ? RefundKind.FAILED_FULFILLMENT : RefundKind.ADMIN;
        return open(orderId, request.refund(), admin, kind);
    }

    /**
     * The seller cannot supply some units of a line ({@code lineNo} and {@code quantity}), or the whole order
     * (neither): those units are refunded at once (seed 004 报缺).
     */
    @PostMapping("/api/orders/{orderId}/shortages")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Created> reportShortage(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                           @Valid @RequestBody ShortageReport report, Actor actor) {
        if ((report.lineNo() == null) != (report.quantity() == null)) {
            throw new InvalidValue(report.lineNo() == null ? "lineNo" : "quantity",
                    "a shortage names a line and its units short, or neither for the whole order");
        }
        return open(orderId, new RefundRequest(report.refundId(), report.lineNo(), report.quantity(), false, report.reason()),
                actor, RefundKind.SHORTAGE);
    }

    private ResponseEntity<Created> open(String orderId, RefundRequest request, Actor actor, RefundKind kind) {
        RefundId refundId = RefundId.of(request.refundId() != null ? request.refundId() : "refund-" + UUID.randomUUID());
        commands.sendAndWait(new RequestRefundCommand(OrderId.of(orderId), refundId, actor, kind, request.lineNo(),
                request.quantity() == null ? 0 : request.quantity(), request.withReturn(), request.reason(), clock.instant()));
        return ResponseEntity.created(URI.create("/api/refunds/" + refundId)).body(new Created(refundId));
    }

    @PostMapping("/api/refunds/{refundId}/decision")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> decide(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String refundId,
                                @Valid @RequestBody Decision decision, Actor actor) {
        commands.sendAndWait(new DecideRefundCommand(RefundId.of(refundId), actor, decision.approve(), decision.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/refunds/{refundId}/arbitration")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> arbitrate(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String refundId,
                                   @Valid @RequestBody Decision decision, Actor admin) {
        commands.sendAndWait(new ArbitrateRefundCommand(RefundId.of(refundId), admin, decision.approve(), decision.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/refunds/{refundId}/return-shipment")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<Void> shipReturn(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String refundId,
                                    @Valid @RequestBody ReturnShipment shipment, Actor buyer) {
        commands.sendAndWait(new ShipReturnCommand(RefundId.of(refundId), buyer, shipment.carrier(), shipment.trackingNumber(),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/refunds/{refundId}/return-receipt")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> receiveReturn(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String refundId,
                                       @Valid @RequestBody Receipt receipt, Actor actor) {
        commands.sendAndWait(new ReceiveReturnCommand(RefundId.of(refundId), actor, receipt.received(), receipt.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    record RefundRequest(
            @Pattern(regexp = Identifiers.CHOSEN_NAME_REGEX) String refundId,
            @Min(1) @Max(100) Integer lineNo,
            @Min(1) @Max(10_000) Integer quantity,
            boolean withReturn,
            @MultiLine @Size(max = 500) String reason) {
    }

    record ShortageReport(
            @Pattern(regexp = Identifiers.CHOSEN_NAME_REGEX) String refundId,
            @Min(1) @Max(100) Integer lineNo,
            @Min(1) @Max(10_000) Integer quantity,
            @MultiLine @Size(max = 500) String reason) {
    }

    record AdminRefundRequest(@NotNull RefundKind kind, @NotNull @Valid RefundRequest refund) {
    }

    record Created(RefundId refundId) {
    }

    record Decision(boolean approve, @MultiLine @Size(max = 500) String reason) {
    }

    record ReturnShipment(@NotBlank @Size(max = 50) String carrier, @NotBlank @Size(max = 64) String trackingNumber) {
    }

    record Receipt(boolean received, @MultiLine @Size(max = 500) String reason) {
    }
}
