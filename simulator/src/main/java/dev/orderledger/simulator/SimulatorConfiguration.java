package dev.orderledger.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.partner.BoundedPool;
import dev.orderledger.saga.partner.PartnerEndpoints;
import dev.orderledger.saga.partner.PartnerProperties;
import dev.orderledger.simulator.carrier.SimulatedCarrier;
import dev.orderledger.simulator.gateway.SimulatedGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The simulated gateway and carrier: their state in memory, one scheduler for what they do later,
 * and their callbacks signed with each partner's secret and posted to the ledger's callback endpoints.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSimulator
class SimulatorConfiguration {

    static final String PAYMENT_CALLBACK = "/api/payments/callback";
    static final String FULFILLMENT_CALLBACK = "/api/fulfillment/callback";

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService simulatorScheduler() {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "partner-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Where the simulators' callbacks wait for the ledger's answer (the scheduler only times them). */
    @Bean(destroyMethod = "shutdown")
    BoundedPool simulatorCallbacks() {
        return new BoundedPool("partner-simulator-callback", 8, 10_000);
    }

    @Bean
    SimulatedGateway simulatedGateway(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json,
                                      Clock clock, ScheduledExecutorService simulatorScheduler,
                                      @Qualifier("simulatorCallbacks") BoundedPool simulatorCallbacks) {
        return new SimulatedGateway(script(partners.gateway(), () -> URI.create(endpoints.ledger() + PAYMENT_CALLBACK),
                json, clock, simulatorScheduler, simulatorCallbacks), clock);
    }

    @Bean
    SimulatedCarrier simulatedCarrier(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json,
                                      Clock clock, ScheduledExecutorService simulatorScheduler,
                                      @Qualifier("simulatorCallbacks") BoundedPool simulatorCallbacks) {
        return new SimulatedCarrier(script(partners.carrier(), () -> URI.create(endpoints.ledger() + FULFILLMENT_CALLBACK),
                json, clock, simulatorScheduler, simulatorCallbacks));
    }

    private static CallbackScript script(PartnerProperties.Partner partner, Supplier<URI> target, ObjectMapper json,
                                         Clock clock, ScheduledExecutorService scheduler, BoundedPool senders) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CallbackDelivery delivery = new CallbackDelivery(client, json, new CallbackSignature(partner.secret()), target,
                clock, scheduler, senders);
        return new CallbackScript(new Timeline(scheduler), delivery);
    }
}
