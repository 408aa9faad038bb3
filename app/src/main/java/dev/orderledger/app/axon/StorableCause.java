package dev.orderledger.app.axon;

import dev.orderledger.api.common.StoredText;
import org.axonframework.messaging.deadletter.ThrowableCause;

import java.sql.SQLException;

/**
 * Why an event was parked, as the dead-letter table can keep it: the exception's type and its message
 * followed by its root cause's (a batch's "could not execute statement" says little without
 * PostgreSQL's reason), cleaned of what PostgreSQL refuses (NUL) and cut to the column's 1,023
 * characters. A cause the table refused used to fail the parking itself, and the event was retried forever.
 */
public final class StorableCause {

    private static final int TYPE_LENGTH = 255;
    private static final int OWN_MESSAGE_AT_LEAST = 200;

    private StorableCause() {
    }

    public static ThrowableCause of(Throwable error) {
        return new ThrowableCause(StoredText.fit(error.getClass().getName(), TYPE_LENGTH),
                StoredText.fit(message(error), ThrowableCause.TRUNCATED_MESSAGE_SIZE));
    }

    /**
     * The error's message and, when another exception is at its root, that one's. A JDBC batch's
     * failure keeps PostgreSQL's reason in its next exception, after the whole statement: that reason is
     * the root, and the error's own message is cut so that the root always fits.
     */
    public static String message(Throwable error) {
        Throwable root = rootOf(error);
        String message = String.valueOf(error.getMessage());
        if (root == error || message.contains(String.valueOf(root.getMessage()))) {
            return message;
        }
        String because = " <- " + root.getClass().getSimpleName() + ": " + root.getMessage();
        int room = Math.max(OWN_MESSAGE_AT_LEAST, ThrowableCause.TRUNCATED_MESSAGE_SIZE - because.length());
        return (message.length() > room ? message.substring(0, room) : message) + because;
    }

    private static Throwable rootOf(Throwable error) {
        Throwable root = error;
        while (true) {
            Throwable next = root instanceof SQLException sql && sql.getNextException() != null ? sql.getNextException()
                    : root.getCause();
            if (next == null || next == root) {
                return root;
            }
            root = next;
        }
    }
}
