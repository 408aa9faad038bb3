/**
 * The Product aggregate (an SPU with its SKUs, prices, lifecycle, how it is shown and the platform's
 * rating of it), the catalogue lookup that order placement prices lines with, and the product
 * endpoints: the seller's (creation, transitions, prices, presentation) and the admins' rating.
 */
package dev.orderledger.command.product;
