package dev.orderledger.api.account;

/** Asks for a seller's settlement in a period, answered with {@link SellerSettlements}. */
public record FindSellerSettlementsQuery(String sellerId, TimeRange period, int page, int size) {
}
