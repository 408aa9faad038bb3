package dev.orderledger.api.catalog;

/** Basic attributes describe an item (material, origin); sales attributes pick its SKU (colour, size). */
public enum AttributeKind {
    BASIC, SALES
}
