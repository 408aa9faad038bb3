package dev.orderledger.api.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

import java.util.regex.Pattern;

/**
 * Identifies one journal entry. Chosen by whoever moves the money, from what caused it, so that
 * repeating the same transfer records it once: the processes build theirs with {@link JournalEntryKind}
 * ({@code pay:<payOrderId>}), an admin's manual transfer brings its own.
 */
public record TransferId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile(Identifiers.TRANSFER_ID_REGEX);

    public TransferId {
        Identifiers.require(value, FORMAT, "TransferId");
    }

    @JsonCreator
    public static TransferId of(String value) {
        return new TransferId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
