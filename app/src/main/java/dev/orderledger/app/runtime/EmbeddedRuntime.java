package dev.orderledger.app.runtime;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs before the application context: starts the embedded PostgreSQL unless
 * {@code spring.datasource.url} is set, and the local Elasticsearch node unless
 * {@code ledger.elasticsearch.url} is set, then points those properties at them. With
 * {@link #DATABASE_ONLY}, only the database. The application's contexts hold the servers they use until
 * they are closed ({@link EmbeddedServersInUse}): the JVM's exit stops the servers after them.
 */
public class EmbeddedRuntime implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "ledgerEmbeddedRuntime";
    /**
     * Set by a tool that needs the database only (finance's command line): no Elasticsearch, and the
     * embedded PostgreSQL of a ledger running on the same data directory is used, not stopped.
     */
    public static final String DATABASE_ONLY = "ledger.runtime.database-only";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The machines are offline: Axon's usage reporter must not try to phone home.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("ledger.data-dir", "var"));
        Map<String, Object> properties = new HashMap<>();
        List<ServerUsers> used = new ArrayList<>();
        boolean databaseOnly = environment.getProperty(DATABASE_ONLY, Boolean.class, false);
        if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            Path postgresData = Path.of(environment.getProperty("ledger.postgres.data-dir",
                    dataDirectory.resolve("postgres").toString()));
            Optional<String> running = databaseOnly ? EmbeddedPostgresServer.runningOn(postgresData) : Optional.empty();
            properties.put("spring.datasource.url", running.orElseGet(() -> {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.on(postgresData);
                used.add(postgres.users());
                return postgres.jdbcUrl();
            }));
            properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
            properties.put("spring.datasource.password", "");
        }
        if (!databaseOnly && !StringUtils.hasText(environment.getProperty("ledger.elasticsearch.url"))) {
            Path distribution = distribution(Path.of(environment.getProperty("ledger.elasticsearch.distribution",
                    "var/dist")));
            Path instance = Path.of(environment.getProperty("ledger.elasticsearch.data-dir",
                    dataDirectory.resolve("elasticsearch").toString()));
            ElasticsearchNode node = ElasticsearchNode.on(distribution, instance,
                    environment.getProperty("ledger.elasticsearch.heap", "512m"));
            properties.put("ledger.elasticsearch.url", node.url());
            used.add(node.users());
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
        if (!used.isEmpty()) {
            application.addInitializers(EmbeddedServersInUse.heldBy(used));
        }
    }

    /** Either the distribution itself, or the folder the build unpacked it into (newest version wins). */
    private static Path distribution(Path configured) {
        if (Files.exists(configured.resolve("bin/elasticsearch"))) {
            return configured;
        }
        if (!Files.isDirectory(configured)) {
            return configured;
        }
        try (Stream<Path> children = Files.list(configured)) {
            return children.filter(child -> child.getFileName().toString().startsWith("elasticsearch-"))
                    .filter(child -> Files.exists(child.resolve("bin/elasticsearch")))
                    .max(Comparator.comparing(child -> child.getFileName().toString()))
                    .orElse(configured);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
