package dev.orderledger.projections.order;

/**
 * One order's row as a reader of its detail needs it: who may read it (its buyer and its seller, besides
 * admins) and the detail document {@link OrderDocuments} keeps (null for a row written before documents
 * were kept).
 */
public record OrderDocument(String orderId, String buyerId, String sellerId, String detail) {
}
