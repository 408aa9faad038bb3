/**
 * The Product aggregate (an SPU with its SKUs, prices and lifecycle), the catalogue lookup that
 * order placement prices lines with, and the seller's product endpoints.
 */
package dev.orderledger.command.product;
