package dev.orderledger.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client, pointed at {@code ledger.elasticsearch.url}; what it writes is cleaned by
 * {@link StoredTextInElasticsearch}. Its connections are kept open and reused; the pool holds one per
 * concurrent search (HTTP threads), projection batch and rebuild bulk request, so none waits for a
 * connection (the client's default is 10).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Tomcat's 200 request threads rarely all search at once; 64 covers the searches a 2-core node can run. */
    private static final int CONNECTIONS = 64;

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(@Value("${ledger.elasticsearch.url}") String url) {
        return RestClient.builder(HttpHost.create(url))
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(CONNECTIONS).setMaxConnTotal(CONNECTIONS))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, StoredTextInElasticsearch.mapper()));
    }
}
