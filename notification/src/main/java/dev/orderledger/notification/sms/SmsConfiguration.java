package dev.orderledger.notification.sms;

import dev.orderledger.notification.NotificationSettings;
import dev.orderledger.notification.outbox.OutboxLoop;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The loop that works the SMS outbox off. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    OutboxLoop<SmsMessage> smsOutboxLoop(SmsOutbox outbox, PhoneDirectory phones, SmsSender sender,
                                         NotificationSettings settings, Clock clock) {
        SmsDelivery delivery = new SmsDelivery(outbox, phones, sender, settings.sms(), clock);
        return new OutboxLoop<>("sms", delivery, settings.sms().senders(), settings.pollInterval());
    }
}
