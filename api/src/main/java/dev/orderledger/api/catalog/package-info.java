/**
 * Messages of the catalogue's structure: categories (a tree of any depth, back-office or
 * storefront), brands, and attribute definitions (basic attributes describe an item, sales
 * attributes pick its SKU), with the attributes each category uses.
 */
package dev.orderledger.api.catalog;
