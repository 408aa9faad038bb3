package dev.orderledger.app.cluster;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/**
 * The parts of Axon's own wiring that change when several nodes share one store: the token store's owner
 * and the event store's fetch delay. Axon's auto-configuration builds these beans the same way, without
 * those two settings (and, once they are declared, not the token and event schemas either: the defaults
 * are used, as it would).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    /**
     * The token store, whose claims on segments carry this node's {@link NodeName} (not the process id Axon
     * takes by default), so that an operator reading {@code tokenentry} or {@code GET /api/admin/cluster}
     * sees which node holds what, and a node restarted under its name takes back its own claims at once.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, NodeName node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.value())
                .build();
    }

    /**
     * The event store on PostgreSQL. It learns of this node's own appends at once; those of other nodes only
     * when it next reads the store, every {@code ledger.cluster.fetch-delay} while its readers are at the head
     * (Axon's default is a second: each step of a process crossing nodes, and each answer waiting on another
     * node's view, would wait that long).
     */
    /**
     * The JDBC storage engine, as Axon's auto-configuration builds it; declared here because Axon builds its
     * own only when no event store is declared.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver persistenceExceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, Configuration axon,
                                          ConnectionProvider connections, TransactionManager transactions) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema())
                .build();
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EmbeddedEventStore eventStore(EventStorageEngine storage, Configuration axon,
                          @Value("${ledger.cluster.fetch-delay:PT0.1S}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storage)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }
}
