package dev.orderledger.saga.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.saga.carrier.FulfillmentPartner;
import dev.orderledger.saga.carrier.HttpFulfillmentPartner;
import dev.orderledger.saga.gateway.HttpPaymentGateway;
import dev.orderledger.saga.gateway.PaymentGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.http.HttpClient;

/** The partners as the ledger reaches them: their endpoints and HTTP clients, from {@link PartnerProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PartnerProperties.class)
class PartnersConfiguration {

    @Bean
    PartnerEndpoints partnerEndpoints(PartnerProperties partners) {
        return new PartnerEndpoints(partners);
    }

    @Bean
    PaymentGateway paymentGateway(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json) {
        return new HttpPaymentGateway(new PartnerHttp(httpClient(partners), json, partners.timeout(),
                endpoints::gateway, "the payment gateway"));
    }

    @Bean
    FulfillmentPartner fulfillmentPartner(PartnerProperties partners, PartnerEndpoints endpoints, ObjectMapper json) {
        return new HttpFulfillmentPartner(new PartnerHttp(httpClient(partners), json, partners.timeout(),
                endpoints::carrier, "the carrier"));
    }

    private static HttpClient httpClient(PartnerProperties partners) {
        return HttpClient.newBuilder().connectTimeout(partners.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }
}
