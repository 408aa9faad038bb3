package dev.orderledger.api.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.common.InvalidValue;

/**
 * A category of the catalogue, back-office or storefront: a chosen name or the seeds' numbering
 * ({@code 1003001}), in the form {@link Identifiers#CATALOGUE_ID_REGEX} that the catalogue checks where a
 * category is created. Items name their category as their history stored it, so this type takes any
 * text that is not blank, up to {@value #MAX_LENGTH} characters: a history an older or foreign writer
 * left is read, and a read model that cannot hold it parks it, rather than the event failing to be read
 * at all. In JSON, the plain string.
 */
public record CategoryId(@JsonValue String value) {

    public static final int MAX_LENGTH = 256;

    public CategoryId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidValue("not a valid CategoryId: " + value);
        }
    }

    @JsonCreator
    public static CategoryId of(String value) {
        return new CategoryId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
