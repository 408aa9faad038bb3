package dev.orderledger.app.axon;

import dev.orderledger.api.common.MetaDataKeys;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** Axon on PostgreSQL with JDBC stores (the stores themselves come from Axon's JdbcAutoConfiguration). */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** The default JDBC resolver misses PostgreSQL's duplicate key (SQLState 23505); this one knows it. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) throws SQLException {
        return new SQLErrorCodesResolver(dataSource);
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /** Aggregates stay in memory between commands, so a command does not replay the whole history. */
    @Bean
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }

    /** Aggregates with long histories (stock, accounts) load from a snapshot taken every 100 events. */
    @Bean
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }

    /**
     * A process step that fails for a reason other than a business refusal (which the sagas handle
     * themselves) is not skipped: the error propagates, the event processor rolls the batch back and
     * handles the event again after a pause, so no step of a process is ever lost.
     */
    @Autowired
    void sagasRetryFailedSteps(EventProcessingConfigurer processing) {
        for (String saga : SAGA_PROCESSORS) {
            processing.registerListenerInvocationErrorHandler(saga, configuration -> PropagatingErrorHandler.instance());
        }
    }

    /** The processing groups of the sagas (Axon names them after the saga class). */
    static final List<String> SAGA_PROCESSORS = List.of("PlacementSagaProcessor", "PaymentSagaProcessor",
            "FulfillmentSagaProcessor", "RefundSagaProcessor");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Which message caused which (causation id) and the chain's root (trace id). */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }

    /** The request's correlation id and the acting user travel from each command to its events. */
    @Bean
    CorrelationDataProvider requestContextProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.CORRELATION_ID, MetaDataKeys.ACTOR);
    }

    @Bean
    InitializingBean requestContextOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new RequestContextDispatchInterceptor());
    }
}
