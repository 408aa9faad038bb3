package dev.orderledger.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for an SMS provider: writes each message to the log and keeps the recent ones per phone,
 * so a developer (or a test) can read the code or the news that a real phone would have received.
 */
public class SimulatedSmsSender implements SmsSender {

    /** Messages kept per phone, the latest last. */
    static final int KEPT = 50;

    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsSender.class);
    private final Map<String, List<String>> messages = new ConcurrentHashMap<>();

    @Override
    public void send(String phone, String text) {
        List<String> received = messages.computeIfAbsent(phone, any -> new CopyOnWriteArrayList<>());
        received.add(text);
        if (received.size() > KEPT) {
            received.remove(0);
        }
        log.info("SMS to {}: {}", phone, text);
    }

    public Optional<String> lastMessageTo(String phone) {
        List<String> received = messages.getOrDefault(phone, List.of());
        return received.isEmpty() ? Optional.empty() : Optional.of(received.get(received.size() - 1));
    }

    /** The messages this phone received, oldest first (the last {@value #KEPT}). */
    public List<String> messagesTo(String phone) {
        return List.copyOf(messages.getOrDefault(phone, List.of()));
    }

    @Configuration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        @ConditionalOnMissingBean(SmsSender.class)
        SimulatedSmsSender simulatedSmsSender() {
            return new SimulatedSmsSender();
        }
    }
}
