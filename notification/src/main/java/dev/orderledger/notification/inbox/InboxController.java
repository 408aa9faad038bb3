package dev.orderledger.notification.inbox;

import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.security.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/**
 * The caller's own inbox: every user reads theirs and no one else's (another user's notification is
 * 404). Unread first, then newest first, in pages of {@link Paging}.
 */
@RestController
@RequestMapping("/api/notifications")
@Validated
class InboxController {

    /** A notification id: a UUID. */
    static final String ID_REGEX = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final Inbox inbox;
    private final Clock clock;

    InboxController(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping
    NotificationPage inbox(@RequestParam(defaultValue = "false") boolean unreadOnly,
                           @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                           Actor reader) {
        Paging.requireWithinDepth(page, size);
        return inbox.page(reader.userId(), unreadOnly, page, size);
    }

    /** 204 once read (reading it again changes nothing). */
    @PostMapping("/{notificationId}/read")
    ResponseEntity<Void> read(@PathVariable @Pattern(regexp = ID_REGEX, message = "a notification id is a UUID") String notificationId,
                              Actor reader) {
        inbox.markRead(reader.userId(), UUID.fromString(notificationId), clock.instant());
        return ResponseEntity.noContent().build();
    }

    /** Marks every unread notification of the caller read. */
    @PostMapping("/read-all")
    Marked readAll(Actor reader) {
        return new Marked(inbox.markAllRead(reader.userId(), clock.instant()));
    }

    /** How many notifications were marked read. */
    record Marked(int marked) {
    }
}
