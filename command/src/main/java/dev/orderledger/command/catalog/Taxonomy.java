package dev.orderledger.command.catalog;

import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.CategoryId;

/** The category tree and the brand list as other aggregates see them. */
public interface Taxonomy {

    /** @throws dev.orderledger.api.common.BusinessRuleViolation UNKNOWN_CATEGORY */
    CategoryInfo category(CategoryId categoryId);

    /** @throws dev.orderledger.api.common.BusinessRuleViolation UNKNOWN_BRAND */
    String brandName(BrandId brandId);
}
