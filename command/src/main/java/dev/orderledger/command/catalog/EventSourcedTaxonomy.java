package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CreateCategoryCommand;
import dev.orderledger.api.common.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;


/** The {@link Taxonomy} over the event-sourced categories and brands; creates categories under existing parents. */
@Component
class EventSourcedTaxonomy implements Taxonomy {

    private final Repository<Category> categories;
    private final Repository<Brand> brands;

    EventSourcedTaxonomy(@Qualifier("categoryRepository") Repository<Category> categories,
             @Qualifier("brandRepository") Repository<Brand> brands) {
        this.categories = categories;
        this.brands = brands;
    }

    @CommandHandler
    CategoryId handle(CreateCategoryCommand command) throws Exception {
        CategoryInfo parent = command.parentId() == null ? null : category(command.parentId());
        categories.newInstance(() -> new Category(command.categoryId(), command.parentId(), command.name(),
                command.storefront(), command.goods(), parent));
        return command.categoryId();
    }

    @Override
    public CategoryInfo category(CategoryId categoryId) {
        try {
            return categories.load(categoryId.value()).invoke(Category::info);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation("UNKNOWN_CATEGORY", "no category " + categoryId);
        }
    }

    @Override
    public String brandName(BrandId brandId) {
        try {
            return brands.load(brandId.value()).invoke(Brand::name);
        } catch (AggregateNotFoundException e) {
            throw new BusinessRuleViolation("UNKNOWN_BRAND", "no brand " + brandId);
        }
    }
}
