package dev.orderledger.api.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.orderledger.api.common.Identifiers;

/**
 * An item snapshot (seed 003 "商品快照"): everything a buyer saw of an item when they bought it, named by
 * a digest of that content, so that equal content has one id and any change a new one. In JSON, the plain
 * string.
 */
public record SnapshotId(@JsonValue String value) {

    public SnapshotId {
        Identifiers.require(value, Identifiers.NAME, "SnapshotId");
    }

    @JsonCreator
    public static SnapshotId of(String value) {
        return new SnapshotId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
