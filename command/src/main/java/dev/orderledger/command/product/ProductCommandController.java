package dev.orderledger.command.product;

import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.product.CreateProductCommand;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.PutProductOnShelfCommand;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.security.Actor;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sellers publish items and put them on shelf. */
@RestController
@RequestMapping("/api/products")
class ProductCommandController {

    private final CommandGateway commands;

    ProductCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<ProductCreated> create(@Valid @RequestBody CreateProductRequest request, Actor seller) {
        ProductId productId = ProductId.of(request.productId() != null ? request.productId() : UUID.randomUUID().toString());
        List<SkuSpec> skus = request.skus().stream()
                .map(sku -> new SkuSpec(SkuId.of(sku.skuId()), sku.price(), sku.salesAttributes()))
                .toList();
        commands.sendAndWait(new CreateProductCommand(productId, seller, request.type(), request.name(), request.description(),
                request.categoryId(), request.brand(), skus));
        return ResponseEntity.created(URI.create("/api/products/" + productId)).body(new ProductCreated(productId));
    }

    @PostMapping("/{productId}/shelf")
    @PreAuthorize("hasAnyRole('SELLER', 'ADMIN')")
    ResponseEntity<Void> putOnShelf(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String productId, Actor actor) {
        commands.sendAndWait(new PutProductOnShelfCommand(ProductId.of(productId), actor));
        return ResponseEntity.noContent().build();
    }

    record CreateProductRequest(
            @Pattern(regexp = Identifiers.NAME_REGEX) String productId,
            ProductType type,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 10_000) String description,
            @Size(max = 64) String categoryId,
            @Size(max = 100) String brand,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull SkuRequest> skus) {
    }

    record SkuRequest(
            @NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String skuId,
            @NotNull Money price,
            Map<@NotBlank @Size(max = 100) String, @NotBlank @Size(max = 200) String> salesAttributes) {
    }

    record ProductCreated(ProductId productId) {
    }
}
