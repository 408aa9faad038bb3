/**
 * Messages of inventory: units available, reserved for unpaid orders (each reservation with an
 * expiry), and sold. A SKU's stock is one stream, or, once the SKU is marked hot, several bucket
 * streams ({@link dev.orderledger.api.inventory.StockBucket}) whose levels add up to the SKU's; every
 * stock event names its bucket and carries that bucket's levels. available + reserved + sold only
 * changes by receipts, adjustments and restocks; a rebalance moves free units between buckets.
 */
package dev.orderledger.api.inventory;
