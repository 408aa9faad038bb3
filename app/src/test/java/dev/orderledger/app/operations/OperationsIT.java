package dev.orderledger.app.operations;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators see: health, metrics and the API description. */
class OperationsIT extends LedgerIntegrationTest {

    @Test
    void healthIsPublicAndShowsTheDatabaseAndElasticsearch() {
        LedgerClient.Response health = api.get("/actuator/health").send();

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("/status")).isEqualTo("UP");
        assertThat(health.at("/components/db/status")).isEqualTo("UP");
        assertThat(health.at("/components/elasticsearch/status")).isEqualTo("UP");
    }

    @Test
    void prometheusMetricsIncludeAxonsAndNeedAnAdmin() {
        productOnShelf(seller(), "Metric widget", "1.00");

        LedgerClient.Response anonymous = api.get("/actuator/prometheus").send();
        LedgerClient.Response asBuyer = api.get("/actuator/prometheus").as(buyer().token()).send();
        LedgerClient.Response asAdmin = api.get("/actuator/prometheus").as(admin().token()).send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(asBuyer.status()).isEqualTo(403);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.text()).contains("commandBus").contains("eventProcessor").contains("http_server_requests");
    }

    @Test
    void theOpenApiDescriptionIsPublicWithTheBearerSchemeAndProblemSchema() {
        LedgerClient.Response openApi = api.get("/v3/api-docs").send();

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.at("/components/securitySchemes/bearer/scheme")).isEqualTo("bearer");
        assertThat(openApi.json().at("/components/schemas/Problem").isMissingNode()).isFalse();
        assertThat(openApi.json().at("/paths").has("/api/orders")).isTrue();
        assertThat(openApi.json().at("/paths").has("/api/products/search")).isTrue();
        assertThat(openApi.json().at("/components/schemas/Actor").isMissingNode())
                .as("the acting user comes from the token, never from the request").isTrue();
        assertThat(openApi.json().at("/paths/~1api~1orders~1{orderId}/get/parameters").findValuesAsText("name"))
                .containsExactlyInAnyOrder("orderId", "X-Consistency-Token");
    }
}
