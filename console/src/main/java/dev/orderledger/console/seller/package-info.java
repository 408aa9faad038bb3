/**
 * A seller's own pages: what the platform paid them ({@link SellerSettlementPages}) and their webhook endpoints
 * with each delivery's attempts ({@link WebhookPages}). A seller reads only their own: the seller is the reader,
 * never a parameter.
 */
package dev.orderledger.console.seller;
