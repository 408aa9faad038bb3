package dev.orderledger.command.product;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.bounds.Amount;
import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.common.NumberAsText;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.inventory.ReceiveStockCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ChangeProductStatusCommand;
import dev.orderledger.api.product.ChangeSkuPriceCommand;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.PresaleTerms;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductTransition;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * Sellers publish items in the seeds' format (a {@code spu}, basic attributes, SKUs with price,
 * stock and sales attributes, and optionally how the item is shown), move them through audit and
 * shelf, and change prices.
 */
@RestController
@RequestMapping("/api/products")
class ProductCommandController {

    /** The currency of a price given as a bare number, as the seeds' examples do. */
    static final String DEFAULT_CURRENCY = "CNY";

    private final CommandGateway commands;
    private final Clock clock;

    ProductCommandController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** Creates the item as a draft, then receives each SKU's initial stock. */
    @PostMapping
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<ProductCreated> create(@Valid @RequestBody CreateProductRequest request, Actor seller) {
        ProductId productId = ProductId.of(request.productId() != null ? request.productId() : UUID.randomUUID().toString());
        List<SkuSpec> skus = new ArrayList<>();
        for (int i = 0; i < request.skus().size(); i++) {
            SkuRequest sku = request.skus().get(i);
            SkuId skuId = SkuId.of(sku.skuId() != null ? sku.skuId() : productId + "-" + (i + 1));
            String currency = sku.currency() != null ? sku.currency() : DEFAULT_CURRENCY;
            String at = "skus[" + i + "].";
            PresaleTerms presale = sku.presale() == null ? null : new PresaleTerms(
                    money(at + "presale.deposit", sku.presale().deposit(), currency),
                    sku.presale().balanceFrom(), sku.presale().balanceUntil());
            skus.add(new SkuSpec(skuId, sku.skuName(), money(at + "price", sku.price(), currency), sku.attributes(), presale));
        }
        commands.sendAndWait(new CreateProductCommand(productId, seller, request.type(),
                request.categoryId() == null ? null : CategoryId.of(request.categoryId()),
                request.spu().brandId() == null ? null : BrandId.of(request.spu().brandId()), request.spu().name(), request.spu().description(),
                request.basics(), skus, request.presentation() == null ? null : request.presentation().toPresentation()));
        for (int i = 0; i < skus.size(); i++) {
            Long stock = request.skus().get(i).stock();
            if (stock != null && stock > 0) {
                commands.sendAndWait(new ReceiveStockCommand(new SkuRef(productId, skus.get(i).skuId()), seller, stock,
                        "initial-stock"));
            }
        }
        return ResponseEntity.created(URI.create("/api/products/" + productId))
                .body(new ProductCreated(productId, skus.stream().map(SkuSpec::skuId).toList()));
    }

    @PostMapping("/{productId}/transitions")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> transition(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                    @Valid @RequestBody Transition transition, Actor actor) {
        commands.sendAndWait(new ChangeProductStatusCommand(ProductId.of(productId), actor, transition.transition(),
                transition.reason(), clock.instant()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{productId}/skus/{skuId}/price")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> changePrice(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
                                     @PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
                                     @Valid @RequestBody PriceChange change, Actor actor) {
        commands.sendAndWait(new ChangeSkuPriceCommand(ProductId.of(productId), actor, SkuId.of(skuId), change.price(),
                clock.instant()));
        return ResponseEntity.noContent().build();
    }

    /** The amount in the SKU's currency; an unknown currency or too many decimals is 400 naming the field. */
    private static Money money(String field, BigDecimal amount, String currency) {
        String currencyField = field.substring(0, field.indexOf('.') + 1) + "currency";
        int decimals;
        try {
            decimals = Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue(currencyField, "unknown currency " + currency);
        }
        if (decimals < 0) {
            throw new InvalidValue(currencyField, currency + " has no minor unit; prices are not given in it");
        }
        try {
            return Money.of(amount, currency);
        } catch (InvalidValue refused) {
            throw new InvalidValue(field, refused.getMessage());
        }
    }

    record CreateProductRequest(
            @Pattern(regexp = Identifiers.CHOSEN_NAME_REGEX) String productId,
            ProductType type,
            @NumberAsText @Pattern(regexp = Identifiers.NAME_REGEX) String categoryId,
            @NotNull @Valid Spu spu,
            @Size(max = 100) List<@Valid @NotNull AttributeRequest> basicAttributes,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull SkuRequest> skus,
            @Valid PresentationRequest presentation) {

        List<Attribute> basics() {
            return basicAttributes == null ? List.of() : basicAttributes.stream().map(AttributeRequest::toAttribute).toList();
        }
    }

    record Spu(@NotBlank @Size(max = 200) String name, @NumberAsText @Pattern(regexp = Identifiers.NAME_REGEX) String brandId, @MultiLine @Size(max = 10_000) String description) {
    }

    record AttributeRequest(@NumberAsText @Size(max = AttributeId.MAX_LENGTH) String attributeId, @NotBlank @Size(max = 100) String attributeName,
                            @NotBlank @Size(max = 200) String value) {

        Attribute toAttribute() {
            return new Attribute(attributeId == null ? null : AttributeId.of(attributeId), attributeName, value);
        }
    }

    record SkuRequest(
            @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
            @Size(max = 200) String skuName,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Amount.MAX) BigDecimal price,
            @Pattern(regexp = "[A-Z]{3}") String currency,
            @Min(0) @Max(1_000_000_000) Long stock,
            @Size(max = 20) List<@Valid @NotNull AttributeRequest> salesAttributes,
            @Valid PresaleRequest presale) {

        List<Attribute> attributes() {
            return salesAttributes == null ? List.of() : salesAttributes.stream().map(AttributeRequest::toAttribute).toList();
        }
    }

    /** A SKU sold before it is in stock: a deposit per unit now, the balance within a window. */
    record PresaleRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(Amount.MAX) BigDecimal deposit,
                          @NotNull @InCalendar Instant balanceFrom, @NotNull @InCalendar Instant balanceUntil) {
    }

    record Transition(@NotNull ProductTransition transition, @MultiLine @Size(max = 500) String reason) {
    }

    record PriceChange(@NotNull @Amount Money price) {
    }

    record ProductCreated(ProductId productId, List<SkuId> skuIds) {
    }
}
