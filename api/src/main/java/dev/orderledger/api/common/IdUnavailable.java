package dev.orderledger.api.common;

/**
 * An id the caller chose cannot be used for what they asked: it names a record of theirs that is
 * something else, someone else's record, or a record of another kind. The answer is the same in
 * every case (409, "choose another id") and carries no state, so that nobody learns which ids exist.
 */
public class IdUnavailable extends StateConflict {

    public static final String MESSAGE = "this id is not available; choose another";

    public IdUnavailable() {
        super("ID_UNAVAILABLE", MESSAGE);
    }
}
