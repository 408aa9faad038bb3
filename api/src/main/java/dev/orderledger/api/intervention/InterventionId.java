package dev.orderledger.api.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An entry of the manual intervention queue: {@code process:reference} in lower case
 * ({@code refund:r-42}, {@code payment:pay-7}), so that a process instance has one entry, reopened if
 * it gets stuck again. In JSON, the plain string.
 */
public record InterventionId(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile(Identifiers.INTERVENTION_ID_REGEX);

    public InterventionId {
        Identifiers.require(value, FORMAT, "InterventionId");
    }

    @JsonCreator
    public static InterventionId of(String value) {
        return new InterventionId(value);
    }

    /** The entry of one process instance. */
    public static InterventionId of(InterventionProcess process, String reference) {
        return new InterventionId(process.name().toLowerCase(Locale.ROOT) + ":" + reference);
    }

    @Override
    public String toString() {
        return value;
    }
}
