package dev.orderledger.command.risk;

import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.DecideOrderReviewCommand;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.ChangeReviewRulesCommand;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRules;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Admins set the review rules (seed 004 订单审核) and decide the orders they put under review: approved,
 * placement goes on; rejected, the order is cancelled ({@code RISK_CONTROL}) and what it held goes back.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Validated
class ReviewCommandController {

    private final CommandGateway commands;
    private final ReviewRuleBook ruleBook;
    private final Clock clock;

    ReviewCommandController(CommandGateway commands, ReviewRuleBook ruleBook, Clock clock) {
        this.commands = commands;
        this.ruleBook = ruleBook;
        this.clock = clock;
    }

    @GetMapping("/api/admin/review-rules")
    ReviewRules rules() {
        return ruleBook.current();
    }

    /** Replaces the rules as a whole; orders placed from now on are screened against them. */
    @PutMapping("/api/admin/review-rules")
    ReviewRules change(@Valid @RequestBody RulesRequest request, Actor admin) {
        ReviewRules rules = request.rules();
        commands.sendAndWait(new ChangeReviewRulesCommand(rules, admin, clock.instant()));
        return rules;
    }

    @PostMapping("/api/admin/reviews/{orderId}/approval")
    ResponseEntity<Void> approve(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                 @Valid @RequestBody Note note, Actor admin) {
        return decide(orderId, ReviewDecision.APPROVE, note, admin);
    }

    @PostMapping("/api/admin/reviews/{orderId}/rejection")
    ResponseEntity<Void> reject(@PathVariable @Pattern(regexp = Identifiers.ORDER_ID_REGEX) String orderId,
                                @Valid @RequestBody Note note, Actor admin) {
        return decide(orderId, ReviewDecision.REJECT, note, admin);
    }

    private ResponseEntity<Void> decide(String orderId, ReviewDecision decision, Note note, Actor admin) {
        commands.sendAndWait(new DecideOrderReviewCommand(OrderId.of(orderId), admin, decision, note.note(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    record Note(@MultiLine @Size(max = 500) String note) {
    }

    /** A SKU whose units per buyer are limited. */
    record PromotionalSku(@NotNull @Pattern(regexp = Identifiers.CATALOGUE_ID_REGEX) String productId,
                          @NotNull @Pattern(regexp = Identifiers.CATALOGUE_ID_REGEX) String skuId) {
    }

    /** The rules as an admin sends them; a limit left out never fires. */
    record RulesRequest(
            @Size(max = ReviewRules.LONGEST_LIST) List<@NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String> blacklist,
            @Size(max = ReviewRules.LONGEST_LIST) List<@NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String> whitelist,
            @Min(1) @Max(ReviewRules.HIGHEST_LIMIT) Integer maxOrdersPerHour,
            @Min(1) @Max(ReviewRules.HIGHEST_LIMIT) Integer maxOrdersPerDay,
            @Size(max = ReviewRules.MOST_PROMOTIONAL_SKUS) List<@NotNull @Valid PromotionalSku> promotionalSkus,
            @Min(1) @Max(ReviewRules.HIGHEST_LIMIT) Integer maxPromotionalUnits,
            @Amount Money firstOrderAbove,
            Duration decideWithin,
            ReviewDecision defaultDecision) {

        ReviewRules rules() {
            if (decideWithin != null && (decideWithin.compareTo(ReviewRules.SHORTEST_DECIDE_WITHIN) < 0
                    || decideWithin.compareTo(ReviewRules.LONGEST_DECIDE_WITHIN) > 0)) {
                throw new InvalidValue("decideWithin", "must be from " + ReviewRules.SHORTEST_DECIDE_WITHIN + " to "
                        + ReviewRules.LONGEST_DECIDE_WITHIN);
            }
            return new ReviewRules(users(blacklist), users(whitelist), maxOrdersPerHour, maxOrdersPerDay,
                    promotionalSkus == null ? null : promotionalSkus.stream()
                            .map(sku -> new SkuRef(ProductId.of(sku.productId()), SkuId.of(sku.skuId()))).collect(Collectors.toSet()),
                    maxPromotionalUnits, firstOrderAbove, decideWithin, defaultDecision);
        }

        private static Set<UserId> users(List<String> ids) {
            return ids == null ? null : ids.stream().map(UserId::of).collect(Collectors.toSet());
        }
    }
}
