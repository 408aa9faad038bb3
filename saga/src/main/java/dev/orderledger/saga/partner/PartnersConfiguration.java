package dev.orderledger.saga.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.signature.CallbackSignature;
import dev.orderledger.saga.carrier.FulfillmentPartner;
import dev.orderledger.saga.carrier.HttpFulfillmentPartner;
import dev.orderledger.saga.gateway.HttpPaymentGateway;
import dev.orderledger.saga.gateway.PaymentGateway;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.Supplier;

/** The partners as the ledger reaches them: their endpoints and HTTP clients, from {@link PartnerProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerProperties.class)
class PartnersConfiguration {

    @Bean
    PartnerEndpoints partnerEndpoints(PartnerProperties partners) {
        return new PartnerEndpoints(partners);
    }

    /**
     * Where requests to the partners wait for their answers (both partners share it): a process's step
     * hands its request here and goes on. At a few milliseconds per answer, 8 threads carry well over
     * a thousand requests a second; a full queue is answered as "no answer", which the processes' rechecks
     * ask about later.
     */
    @Bean(destroyMethod = "shutdown")
    BoundedPool partnerCalls() {
        return new BoundedPool("partner-call", 8, 10_000);
    }

    @Bean
    PaymentGateway paymentGateway(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json, Clock clock,
                                  @Qualifier("partnerCalls") BoundedPool partnerCalls) {
        return new HttpPaymentGateway(http(partners, partners.gateway(), endpoints::gateway, "the payment gateway",
                json, clock, partnerCalls));
    }

    @Bean
    FulfillmentPartner fulfillmentPartner(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json,
                                          Clock clock, @Qualifier("partnerCalls") BoundedPool partnerCalls) {
        return new HttpFulfillmentPartner(http(partners, partners.carrier(), endpoints::carrier, "the carrier",
                json, clock, partnerCalls));
    }

    private static PartnerHttp http(PartnerProperties partners, PartnerProperties.Partner partner, Supplier<URI> url,
                                    String name, ObjectMapper json, Clock clock, BoundedPool pool) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(partners.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        return new PartnerHttp(client, json, partners.timeout(), url, name, new CallbackSignature(partner.secret()), clock,
                pool);
    }
}
