/**
 * Messages of inventory, one stream per SKU: units available, reserved for unpaid orders (each
 * reservation with an expiry), and sold. available + reserved + sold only changes by receipts,
 * adjustments and restocks.
 */
package dev.orderledger.api.inventory;
