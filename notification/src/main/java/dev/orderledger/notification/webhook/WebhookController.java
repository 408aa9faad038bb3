package dev.orderledger.notification.webhook;

import dev.orderledger.api.notification.DeliveryStatus;
import dev.orderledger.api.notification.DeliveryPage;
import dev.orderledger.api.notification.WebhookView;
import dev.orderledger.api.bounds.Paging;
import dev.orderledger.api.common.Identifiers;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.notification.NotificationKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * A seller's webhook endpoints and their delivery logs. A seller reaches only their own: another
 * seller's endpoint or delivery is 404. The secret is given at registration (and may be replaced) and
 * never shown again.
 */
@RestController
@RequestMapping("/api/webhooks")
@PreAuthorize("hasRole('SELLER')")
@Validated
class WebhookController {

    static final String ID_REGEX = Identifiers.NAME_REGEX;
    static final String DELIVERY_ID_REGEX = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String ID_MESSAGE = "a webhook id is letters, digits, - and _";

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** Registers an endpoint, enabled: 201 with it and its {@code Location}. */
    @PostMapping
    ResponseEntity<WebhookView> register(@Valid @RequestBody Registration registration, Actor seller) {
        WebhookView registered = webhooks.register(seller.userId(), registration.url(), registration.secret(), registration.kinds());
        return ResponseEntity.created(URI.create("/api/webhooks/" + registered.id())).body(registered);
    }

    @GetMapping
    List<WebhookView> mine(Actor seller) {
        return webhooks.of(seller.userId());
    }

    @GetMapping("/{webhookId}")
    WebhookView one(@PathVariable @Pattern(regexp = ID_REGEX, message = ID_MESSAGE) String webhookId, Actor seller) {
        return webhooks.find(seller.userId(), webhookId);
    }

    /** Changes the endpoint; {@code enabled: true} enables a disabled one again, and its waiting deliveries go out. */
    @PutMapping("/{webhookId}")
    WebhookView change(@PathVariable @Pattern(regexp = ID_REGEX, message = ID_MESSAGE) String webhookId,
                       @Valid @RequestBody Change change, Actor seller) {
        return webhooks.change(seller.userId(), webhookId, change.url(), change.secret(), change.kinds(), change.enabled());
    }

    /** Removes the endpoint, its deliveries and their log. */
    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> remove(@PathVariable @Pattern(regexp = ID_REGEX, message = ID_MESSAGE) String webhookId, Actor seller) {
        webhooks.remove(seller.userId(), webhookId);
        return ResponseEntity.noContent().build();
    }

    /** The endpoint's deliveries, newest first, each with its attempts. */
    @GetMapping("/{webhookId}/deliveries")
    DeliveryPage deliveries(@PathVariable @Pattern(regexp = ID_REGEX, message = ID_MESSAGE) String webhookId,
                            @RequestParam(required = false) DeliveryStatus status,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size,
                            Actor seller) {
        Paging.requireWithinDepth(page, size);
        return webhooks.deliveries(seller.userId(), webhookId, status, page, size);
    }

    /**
     * Sends a delivered or failed delivery again, with the same delivery id and body: 202. 409 while it
     * still waits for its next attempt, or while the endpoint is disabled.
     */
    @PostMapping("/{webhookId}/deliveries/{deliveryId}/redelivery")
    ResponseEntity<Void> redeliver(@PathVariable @Pattern(regexp = ID_REGEX, message = ID_MESSAGE) String webhookId,
                                   @PathVariable @Pattern(regexp = DELIVERY_ID_REGEX, message = "a delivery id is a UUID")
                                   String deliveryId, Actor seller) {
        webhooks.redeliver(seller.userId(), webhookId, UUID.fromString(deliveryId));
        return ResponseEntity.accepted().build();
    }

    /**
     * A new endpoint.
     *
     * @param url    where deliveries go: https://, a host, no user info or fragment
     * @param secret the HMAC secret that signs them, 16 to 200 visible ASCII characters
     * @param kinds  the kinds of news it gets
     */
    record Registration(@NotBlank @Size(max = 2048) String url,
                        @NotBlank @Size(min = 16, max = 200) @Pattern(regexp = SECRET_REGEX, message = SECRET_MESSAGE)
                        @Schema(writeOnly = true) String secret,
                        @NotEmpty @Size(max = 16) List<@NotNull NotificationKind> kinds) {
    }

    /**
     * A changed endpoint: the URL, the kinds and whether it is enabled as they are to be; a new secret, or
     * none to keep the one it has.
     */
    record Change(@NotBlank @Size(max = 2048) String url,
                  @Size(min = 16, max = 200) @Pattern(regexp = SECRET_REGEX, message = SECRET_MESSAGE)
                  @Schema(writeOnly = true) String secret,
                  @NotEmpty @Size(max = 16) List<@NotNull NotificationKind> kinds,
                  @NotNull Boolean enabled) {
    }

    private static final String SECRET_REGEX = "[\\x21-\\x7E]+";
    private static final String SECRET_MESSAGE = "a secret is visible ASCII characters, no spaces";
}
