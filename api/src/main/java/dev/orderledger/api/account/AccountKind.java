package dev.orderledger.api.account;

import dev.orderledger.api.common.InvalidValue;

/**
 * The kinds of account. Clearing accounts stand for the world outside the ledger or for the
 * platform's own books and may go negative; every other balance stays at zero or above.
 */
public enum AccountKind {
    /** A buyer's cash balance at the platform. */
    BUYER_WALLET("buyer-wallet", false),
    /** A buyer's coins (points), valued in money. */
    BUYER_COINS("buyer-coins", false),
    /** What the platform owes a seller. */
    SELLER("seller", false),
    /** Money the platform holds for orders between payment and settlement. */
    PLATFORM_CLEARING("platform-clearing", true),
    /** The payment gateway: money entering or leaving the ledger through it. */
    PLATFORM_GATEWAY("platform-gateway", true),
    /** The platform's marketing budget that funds vouchers and coins. */
    PLATFORM_MARKETING("platform-marketing", true),
    /** The platform's commission. */
    PLATFORM_REVENUE("platform-revenue", true);

    private final String code;
    private final boolean clearing;

    AccountKind(String code, boolean clearing) {
        this.code = code;
        this.clearing = clearing;
    }

    public String code() {
        return code;
    }

    /** Whether the balance may go below zero. */
    public boolean isClearing() {
        return clearing;
    }

    public boolean isPlatform() {
        return name().startsWith("PLATFORM_");
    }

    /** @throws InvalidValue for a code no kind has */
    public static AccountKind ofCode(String code) {
        for (AccountKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new InvalidValue("no account kind " + code);
    }
}
