package dev.orderledger.notification.webhook;

import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.inbox.Inbox;
import dev.orderledger.notification.outbox.OutboxLoop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The webhooks' address policy and the loop that works their outbox off, with its HTTPS client. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    AddressPolicy webhookAddressPolicy(NotificationSettings settings) {
        return new AddressPolicy(settings.webhooks().allowPrivateAddresses());
    }

    @Bean
    OutboxLoop<ClaimedDelivery> webhookOutboxLoop(WebhookDeliveries deliveries, WebhookEndpoints endpoints, Inbox inbox,
                                                  AddressPolicy addresses, PlatformTransactionManager transactions,
                                                  ResourceLoader resources, NotificationSettings settings, Clock clock) {
        NotificationSettings.Webhooks webhooks = settings.webhooks();
        String store = webhooks.trustStore();
        WebhookSender sender = new WebhookSender(TrustedCertificates.context(store.isBlank() ? null : resources.getResource(store),
                webhooks.trustStorePassword()), addresses, webhooks.timeout(), clock);
        WebhookDelivery delivery = new WebhookDelivery(deliveries, endpoints, sender, inbox, new TransactionTemplate(transactions),
                webhooks, clock);
        return new OutboxLoop<>("webhooks", delivery, webhooks.senders(), settings.pollInterval());
    }
}
