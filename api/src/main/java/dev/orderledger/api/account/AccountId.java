package dev.orderledger.api.account;

import dev.orderledger.api.security.UserId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.InvalidValue;

import java.util.Objects;

/**
 * An account: its kind and owner, written {@code kind:owner} ({@code buyer-wallet:10000002},
 * {@code seller:10000001}, {@code platform-clearing:7}). Platform accounts are split into
 * {@value #PLATFORM_SHARDS} shards chosen by the order, so that no single account is on every
 * order's path; the platform's balance is the sum of its shards.
 */
public record AccountId(AccountKind kind, String owner) {

    public static final int PLATFORM_SHARDS = 16;

    public AccountId {
        Objects.requireNonNull(kind, "kind");
        Identifiers.require(owner, Identifiers.NAME, "account owner");
    }

    public static AccountId buyerWallet(UserId userId) {
        return new AccountId(AccountKind.BUYER_WALLET, userId.value());
    }

    public static AccountId buyerCoins(UserId userId) {
        return new AccountId(AccountKind.BUYER_COINS, userId.value());
    }

    public static AccountId seller(UserId userId) {
        return new AccountId(AccountKind.SELLER, userId.value());
    }

    /** The shard of a platform account that carries this order's (or other key's) money. */
    public static AccountId platform(AccountKind kind, String routingKey) {
        if (!kind.isPlatform()) {
            throw new IllegalArgumentException(kind + " is not a platform account");
        }
        return new AccountId(kind, String.valueOf(Math.floorMod(routingKey.hashCode(), PLATFORM_SHARDS)));
    }

    /** @throws InvalidValue for a value that is not {@code kind:owner} with a known kind and a valid owner */
    @JsonCreator
    public static AccountId parse(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            throw new InvalidValue("not an account id (kind:owner): " + value);
        }
        return new AccountId(AccountKind.ofCode(value.substring(0, colon)), value.substring(colon + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return kind.code() + ":" + owner;
    }
}
