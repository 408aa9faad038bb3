package dev.orderledger.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Present only while {@code ledger.partners.simulator.enabled} is true (the {@code dev} profile); off by default. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "ledger.partners.simulator", name = "enabled", havingValue = "true")
public @interface ConditionalOnSimulator {
}
