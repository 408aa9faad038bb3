package dev.orderledger.command.cart;

import dev.orderledger.api.security.UserId;

/** Whose cart: a buyer's, under their user id, or a guest's, under the digest of its token ({@code owner} null). */
record CartKey(String value, UserId owner) {

    static CartKey of(UserId buyer) {
        return new CartKey("user:" + buyer.value(), buyer);
    }

    static CartKey of(GuestToken guest) {
        return new CartKey("guest:" + guest.digest(), null);
    }

    boolean isGuest() {
        return owner == null;
    }
}
