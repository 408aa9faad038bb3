package dev.orderledger.api.common;

/** Keys of the metadata that every command carries and every event it causes inherits. */
public final class MetaDataKeys {

    /** The id of the HTTP request (or job) that caused the message; also in every log line. */
    public static final String CORRELATION_ID = "correlationId";
    /** The user id of whoever acted, or {@code system} for the ledger's own jobs. */
    public static final String ACTOR = "actor";

    private MetaDataKeys() {
    }
}
