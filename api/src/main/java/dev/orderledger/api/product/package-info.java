/** Messages of the product center: items (SPU), their variants (SKU), prices and shelf state. */
package dev.orderledger.api.product;
