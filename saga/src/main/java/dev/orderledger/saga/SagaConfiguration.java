package dev.orderledger.saga;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings the processes share. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessSettings.class)
class SagaConfiguration {
}
