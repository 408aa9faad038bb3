package dev.orderledger.command.marketing;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponTemplateId;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.marketing.CreateCouponTemplateCommand;
import dev.orderledger.api.marketing.DiscountRule;
import dev.orderledger.api.marketing.EarnPointsCommand;
import dev.orderledger.api.marketing.IssueCouponCommand;
import dev.orderledger.api.marketing.RedeemCouponCommand;
import dev.orderledger.api.marketing.RollBackCouponRedemptionCommand;
import dev.orderledger.api.marketing.RollBackPointsCommand;
import dev.orderledger.api.marketing.SpendPointsCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Coupons and points. Sellers and admins define coupons, buyers claim them; redemption and points
 * spending are steps of placement, and admins can take or roll back either by hand.
 */
@RestController
class MarketingCommandController {


    private final CommandGateway commands;
    private final Clock clock;

    MarketingCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/coupon-templates")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Created> createTemplate(@Valid @RequestBody TemplateRequest request, Actor actor) {
        CouponTemplateId templateId = CouponTemplateId.of(request.templateId() != null ? request.templateId() : UUID.randomUUID().toString());
        DiscountRule rule = request.kind() == DiscountRule.Kind.FIXED
                ? DiscountRule.fixed(request.amount(), request.threshold())
                : DiscountRule.percent(request.percentOff() == null ? 0 : request.percentOff(), request.maxDiscount(),
                request.threshold());
        commands.sendAndWait(new CreateCouponTemplateCommand(templateId, actor, request.name(), rule, request.validFrom(),
                request.validUntil(), request.perUserLimit(), request.totalQuantity()));
        return ResponseEntity.created(URI.create("/api/coupon-templates/" + templateId)).body(new Created(templateId.value()));
    }

    @PostMapping("/api/coupon-templates/{templateId}/claims")
    @PreAuthorize("hasRole('BUYER')")
    ResponseEntity<Created> claim(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String templateId, Actor buyer) {
        CouponId couponId = commands.sendAndWait(new IssueCouponCommand(CouponTemplateId.of(templateId), CouponId.of(UUID.randomUUID().toString()),
                buyer.userId(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(couponId.value()));
    }

    @PostMapping("/api/admin/coupons/{couponId}/redemptions")
    @PreAuthorize("hasRole('ADMIN')")
    Discount redeem(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String couponId,
                    @Valid @RequestBody Redemption redemption) {
        Money discount = commands.sendAndWait(new RedeemCouponCommand(CouponId.of(couponId), OrderId.of(redemption.orderId()),
                UserId.of(redemption.userId()), redemption.sellerId() == null ? null : UserId.of(redemption.sellerId()), redemption.orderAmount(), clock.instant()));
        return new Discount(discount);
    }

    @PostMapping("/api/admin/coupons/{couponId}/rollback")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> rollBackCoupon(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String couponId,
                                        @Valid @RequestBody OrderRef order) {
        commands.sendAndWait(new RollBackCouponRedemptionCommand(CouponId.of(couponId), OrderId.of(order.orderId()), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/points/{userId}/grants")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> grantPoints(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                                     @Valid @RequestBody Grant grant) {
        commands.sendAndWait(new EarnPointsCommand(UserId.of(userId), grant.points(), grant.reference(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/points/{userId}/spending")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> spendPoints(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                                     @Valid @RequestBody Spending spending) {
        commands.sendAndWait(new SpendPointsCommand(UserId.of(userId), OrderId.of(spending.orderId()), spending.points(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/points/{userId}/rollback")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> rollBackPoints(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                                        @Valid @RequestBody OrderRef order) {
        commands.sendAndWait(new RollBackPointsCommand(UserId.of(userId), OrderId.of(order.orderId()), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    record TemplateRequest(
            @Pattern(regexp = Identifiers.CHOSEN_NAME_REGEX) String templateId,
            @NotBlank @Size(max = 100) String name,
            @NotNull DiscountRule.Kind kind,
            @Amount Money amount,
            @Min(1) @Max(99) Integer percentOff,
            @Amount Money maxDiscount,
            @NotNull @Amount(zero = true) Money threshold,
            @NotNull @InCalendar Instant validFrom,
            @NotNull @InCalendar Instant validUntil,
            @Min(1) @Max(1000) int perUserLimit,
            @Min(1) @Max(100_000_000) long totalQuantity) {
    }

    record Created(String id) {
    }

    record Redemption(@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                      @NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String userId,
                      @NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String sellerId,
                      @NotNull @Amount(zero = true) Money orderAmount) {
    }

    record Discount(Money discount) {
    }

    record OrderRef(@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId) {
    }

    record Grant(@Min(1) @Max(1_000_000_000) long points, @NotBlank @Size(max = 100) String reference) {
    }

    record Spending(@NotNull @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId, @Min(1) @Max(1_000_000_000) long points) {
    }
}
