package dev.orderledger.command.product;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.product.ChangeProductPresentationCommand;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.RateProductCommand;
import dev.orderledger.api.product.Rating;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * How an item is shown (its seller replaces images, tags, promotion text and release day; 404 for
 * anyone else's item) and its rating, which only the platform records (admins, from its review system).
 */
@RestController
class ProductPresentationController {

    private final CommandGateway commands;
    private final Clock clock;

    ProductPresentationController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PutMapping("/api/products/{productId}/presentation")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> present(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                 @Valid @RequestBody PresentationRequest presentation, Actor actor) {
        commands.sendAndWait(new ChangeProductPresentationCommand(ProductId.of(productId), actor,
                presentation.toPresentation(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/admin/products/{productId}/rating")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> rate(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                              @Valid @RequestBody RatingRequest rating, Actor admin) {
        commands.sendAndWait(new RateProductCommand(ProductId.of(productId), admin,
                new Rating(rating.reviews(), rating.stars()), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** The review system's count: how many reviews, and their stars added up (1 to 5 each); 0 and 0 is not rated. */
    record RatingRequest(@NotNull @Min(0) @Max(Rating.MAX_REVIEWS) Long reviews,
                         @NotNull @Min(0) @Max(Rating.MAX_STARS) Long stars) {
    }
}
