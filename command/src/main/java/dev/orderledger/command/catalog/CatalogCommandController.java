package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.catalog.AttributeKind;
import dev.orderledger.api.catalog.CreateBrandCommand;
import dev.orderledger.api.catalog.CreateCategoryCommand;
import dev.orderledger.api.catalog.DefineAttributeCommand;
import dev.orderledger.api.catalog.SetCategoryAttributesCommand;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.product.ProductType;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Admins maintain the category tree, brands and attribute definitions. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class CatalogCommandController {

    private final CommandGateway commands;

    CatalogCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/admin/categories")
    ResponseEntity<Void> createCategory(@Valid @RequestBody CategoryRequest request) {
        commands.sendAndWait(new CreateCategoryCommand(CategoryId.of(request.categoryId()),
                request.parentId() == null ? null : CategoryId.of(request.parentId()), request.name(),
                Boolean.TRUE.equals(request.storefront()), request.goods()));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PutMapping("/api/admin/categories/{categoryId}/attributes")
    ResponseEntity<Void> setAttributes(@PathVariable @Pattern(regexp = Identifiers.NAME_REGEX) String categoryId,
                                       @Valid @RequestBody AttributeList attributes) {
        commands.sendAndWait(new SetCategoryAttributesCommand(CategoryId.of(categoryId),
                attributes.attributeIds().stream().map(AttributeId::of).toList()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/brands")
    ResponseEntity<Void> createBrand(@Valid @RequestBody BrandRequest request) {
        commands.sendAndWait(new CreateBrandCommand(BrandId.of(request.brandId()), request.name()));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/api/admin/attributes")
    ResponseEntity<Void> defineAttribute(@Valid @RequestBody AttributeRequest request) {
        commands.sendAndWait(new DefineAttributeCommand(AttributeId.of(request.attributeId()), request.name(), request.kind(),
                request.allowedValues()));
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record CategoryRequest(@NotNull @Pattern(regexp = Identifiers.CATALOGUE_ID_REGEX) String categoryId,
                           @Pattern(regexp = Identifiers.NAME_REGEX) String parentId,
                           @NotBlank @Size(max = 100) String name,
                           Boolean storefront,
                           ProductType goods) {
    }

    record AttributeList(@NotNull @Size(max = 200) List<@NotNull @Pattern(regexp = Identifiers.NAME_REGEX) String> attributeIds) {
    }

    record BrandRequest(@NotNull @Pattern(regexp = Identifiers.CATALOGUE_ID_REGEX) String brandId, @NotBlank @Size(max = 100) String name) {
    }

    record AttributeRequest(@NotNull @Pattern(regexp = Identifiers.CATALOGUE_ID_REGEX) String attributeId,
                            @NotBlank @Size(max = 100) String name,
                            @NotNull AttributeKind kind,
                            @Size(max = 500) List<@NotBlank @Size(max = 200) String> allowedValues) {
    }
}
