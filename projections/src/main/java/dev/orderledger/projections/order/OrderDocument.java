package dev.orderledger.projections.order;

import dev.orderledger.api.security.Actor;

/**
 * One order's row as a reader of its detail needs it: who may read it (its buyer and its seller, besides
 * admins), the detail document {@link OrderDocuments} keeps (null for a row written before documents
 * were kept) and the {@link DocumentShape} it was written under.
 */
public record OrderDocument(String orderId, String buyerId, String sellerId, String detail, String shape) {

    /** An order is its buyer's, its seller's and the admins' to read; to anyone else it does not exist. */
    public boolean readableBy(Actor requester) {
        String reader = requester.userId().value();
        return requester.isAdmin() || buyerId.equals(reader) || sellerId.equals(reader);
    }

    /** The document was written by this code, and is the detail a reader gets as it is. */
    public boolean answersAsStored() {
        return detail != null && OrderDocuments.SHAPE.equals(shape);
    }
}
