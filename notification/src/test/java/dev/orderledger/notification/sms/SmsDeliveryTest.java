package dev.orderledger.notification.sms;

import dev.orderledger.api.security.UserId;
import dev.orderledger.notification.NotificationSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SmsDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final UserId BUYER = UserId.of("10000001");

    private final SmsOutbox outbox = mock(SmsOutbox.class);
    private final PhoneDirectory phones = mock(PhoneDirectory.class);
    private final SimulatedSmsSender simulator = new SimulatedSmsSender();
    private final NotificationSettings.Sms settings = new NotificationSettings.Sms(3, Duration.ofSeconds(10), Duration.ofMinutes(1), 1);

    @Test
    void theTextGoesToThePhoneTheBuyerHasNow() {
        when(phones.phoneOf(BUYER)).thenReturn(Optional.of("+8613900000001"));
        SmsMessage message = message(1);

        delivery(simulator).deliver(message);

        assertThat(simulator.messagesTo("+8613900000001")).containsExactly("Your order 1 is paid.");
        verify(outbox).sent(message, NOW);
    }

    @Test
    void aBuyerWithoutAPhoneGetsNoSms() {
        when(phones.phoneOf(BUYER)).thenReturn(Optional.empty());
        SmsMessage message = message(1);

        delivery(simulator).deliver(message);

        verify(outbox).noPhone(message);
        verify(outbox, never()).sent(any(), any());
    }

    @Test
    void aProviderThatFailsIsTriedAgainUntilTheAttemptsRunOut() {
        when(phones.phoneOf(BUYER)).thenReturn(Optional.of("+8613900000001"));
        SmsSender down = mock(SmsSender.class);
        doThrow(new IllegalStateException("provider down")).when(down).send(anyString(), anyString());

        delivery(down).deliver(message(1));
        delivery(down).deliver(message(3));

        verify(outbox).failed(any(), anyString(), org.mockito.ArgumentMatchers.argThat(Optional::isPresent), eq(NOW));
        verify(outbox).failed(any(), anyString(), eq(Optional.empty()), eq(NOW));
        verify(outbox, never()).sent(any(), any());
    }

    private SmsDelivery delivery(SmsSender sender) {
        return new SmsDelivery(outbox, phones, sender, settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SmsMessage message(int attempt) {
        return new SmsMessage(UUID.randomUUID(), UUID.randomUUID(), BUYER, "Your order 1 is paid.", attempt);
    }
}
