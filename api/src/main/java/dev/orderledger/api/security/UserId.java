package dev.orderledger.api.security;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * A user of the ledger, whatever part they play in a message: a buyer, a seller, the holder of coupons
 * and points, or the one acting ({@link Actor}). Given by the identity service (the subject of the
 * bearer token); {@link Actor#SYSTEM_USER} is the ledger itself. In JSON, the plain string.
 */
public record UserId(@JsonValue String value) {

    public UserId {
        Identifiers.require(value, Identifiers.NAME, "UserId");
    }

    @JsonCreator
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
