package dev.orderledger.api.account;

import dev.orderledger.api.security.UserId;

/** Asks for a seller's settlement in a period, answered with {@link SellerSettlements}. */
public record FindSellerSettlementsQuery(UserId sellerId, TimeRange period, int page, int size) {
}
