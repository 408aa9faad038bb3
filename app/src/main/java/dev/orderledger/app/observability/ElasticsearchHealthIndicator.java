package dev.orderledger.app.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch is up when {@code /_cluster/health} answers green or yellow (a single node has no
 * replicas, so yellow is its normal state). The distribution answers 405 on {@code /}, so that is
 * not probed.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final RestClient client;
    private final ObjectMapper json;

    ElasticsearchHealthIndicator(RestClient client, ObjectMapper json) {
        super("Elasticsearch health check failed");
        this.client = client;
        this.json = json;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        Response response = client.performRequest(new Request("GET", "/_cluster/health"));
        JsonNode health = json.readTree(response.getEntity().getContent());
        String status = health.path("status").asText();
        builder.status("red".equals(status) ? org.springframework.boot.actuate.health.Status.DOWN
                        : org.springframework.boot.actuate.health.Status.UP)
                .withDetail("cluster", health.path("cluster_name").asText())
                .withDetail("status", status)
                .withDetail("nodes", health.path("number_of_nodes").asInt());
    }
}
