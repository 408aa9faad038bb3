package dev.orderledger.command.catalog;

/** The category tree and the brand list as other aggregates see them. */
public interface Taxonomy {

    /** @throws dev.orderledger.api.common.BusinessRuleViolation UNKNOWN_CATEGORY */
    CategoryInfo category(String categoryId);

    /** @throws dev.orderledger.api.common.BusinessRuleViolation UNKNOWN_BRAND */
    String brandName(String brandId);
}
