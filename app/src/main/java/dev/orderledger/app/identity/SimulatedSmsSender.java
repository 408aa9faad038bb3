package dev.orderledger.app.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for an SMS gateway: writes each message to the log and keeps the last one per phone,
 * so a developer (or a test) can read the code that a real phone would have received.
 */
public class SimulatedSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsSender.class);
    private final Map<String, String> lastMessage = new ConcurrentHashMap<>();

    @Override
    public void send(String phone, String text) {
        lastMessage.put(phone, text);
        log.info("SMS to {}: {}", phone, text);
    }

    public Optional<String> lastMessageTo(String phone) {
        return Optional.ofNullable(lastMessage.get(phone));
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
