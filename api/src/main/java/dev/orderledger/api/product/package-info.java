/**
 * Messages of the product center: items (SPU), their variants (SKU), prices and shelf state, how an
 * item is shown to shoppers (images, tags, promotion text, release date) and the platform's rating
 * of it.
 */
package dev.orderledger.api.product;
