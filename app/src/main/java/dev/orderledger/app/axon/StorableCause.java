package dev.orderledger.app.axon;

import dev.orderledger.api.common.StoredText;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * Why an event was parked, as the dead-letter table can keep it: the exception's type and its message
 * followed by its root cause's (a batch's "could not execute statement" says little without
 * PostgreSQL's reason), cleaned of what PostgreSQL refuses (NUL) and cut to the column's 1,023
 * characters. A cause the table refused used to fail the parking itself, and the event was retried forever.
 */
public final class StorableCause {

    private static final int TYPE_LENGTH = 255;

    private StorableCause() {
    }

    public static ThrowableCause of(Throwable error) {
        return new ThrowableCause(StoredText.fit(error.getClass().getName(), TYPE_LENGTH),
                StoredText.fit(message(error), ThrowableCause.TRUNCATED_MESSAGE_SIZE));
    }

    /** The error's message and, when another exception is at its root, that one's. */
    public static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(error.getMessage());
        return root == error || message.contains(String.valueOf(root.getMessage())) ? message
                : message + " <- " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
