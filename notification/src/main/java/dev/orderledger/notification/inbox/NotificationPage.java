package dev.orderledger.notification.inbox;

import java.util.List;

/** A page of an inbox, unread first and then newest first; {@code total} counts the list paged, {@code unread} the whole inbox's unread. */
public record NotificationPage(List<Notification> items, int page, int size, long total, long unread) {

    public NotificationPage {
        items = List.copyOf(items);
    }
}
