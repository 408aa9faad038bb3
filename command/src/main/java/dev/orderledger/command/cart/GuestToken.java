package dev.orderledger.command.cart;

import dev.orderledger.api.common.InvalidValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The token that holds a guest's cart: 256 random bits, given by the first add and sent back in
 * {@link #HEADER}. Whoever has it has the cart, so only its digest is stored.
 */
public record GuestToken(String value) {

    public static final String HEADER = "X-Cart-Token";
    /** 256 bits in unpadded base64url. */
    public static final String FORM = "[A-Za-z0-9_-]{43}";
    private static final Pattern FORMAT = Pattern.compile(FORM);
    private static final SecureRandom RANDOM = new SecureRandom();

    public GuestToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValue(HEADER, "is not a cart token: use the one the cart answered with");
        }
    }

    public static GuestToken issue() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new GuestToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    /** The SHA-256 of the token, in hex: what the cart is stored under. */
    String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    @Override
    public String toString() {
        return "GuestToken[***]";
    }
}
