/** The Inventory aggregate (one per SKU: available, reserved per order with expiry, sold) and the stock endpoints. */
package dev.orderledger.command.inventory;
