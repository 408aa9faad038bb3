package dev.orderledger.saga.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.saga.carrier.FulfillmentPartner;
import dev.orderledger.saga.carrier.HttpFulfillmentPartner;
import dev.orderledger.saga.gateway.HttpPaymentGateway;
import dev.orderledger.saga.gateway.PaymentGateway;
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

    @Bean
    PaymentGateway paymentGateway(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json, Clock clock) {
        return new HttpPaymentGateway(http(partners, partners.gateway(), endpoints::gateway, "the payment gateway",
                json, clock));
    }

    @Bean
    FulfillmentPartner fulfillmentPartner(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json,
                                          Clock clock) {
        return new HttpFulfillmentPartner(http(partners, partners.carrier(), endpoints::carrier, "the carrier",
                json, clock));
    }

    private static PartnerHttp http(PartnerProperties partners, PartnerProperties.Partner partner, Supplier<URI> url,
                                    String name, ObjectMapper json, Clock clock) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(partners.timeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        return new PartnerHttp(client, json, partners.timeout(), url, name, new CallbackSignature(partner.secret()), clock);
    }
}
