package dev.orderledger.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.orderledger.api.common.MetaDataKeys;
import dev.orderledger.api.intervention.InterventionProcess;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringAggregateConfigurer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.util.function.SingletonSupplier;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Axon on PostgreSQL with JDBC stores (the stores themselves come from Axon's JdbcAutoConfiguration). */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** The default JDBC resolver misses PostgreSQL's duplicate key (SQLState 23505); this one knows it. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) throws SQLException {
        return new SQLErrorCodesResolver(dataSource);
    }

    /** Axon's message metrics, at a fixed cost per message (replaces axon-micrometer's default registry). */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registry) {
        return new MessageMetrics(registry);
    }

    /** The command gateway, which sends a command again when it lost a race on its aggregate ({@link ConcurrentChangeRetry}). */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConcurrentChangeRetry retry) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retry).build();
    }

    /** What the pooled processors read (see application.yml): the event store, which wakes them when events arrive. */
    @Bean
    EventArrivals eventArrivals(EventStore eventStore) {
        return new EventArrivals(eventStore);
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /**
     * Every aggregate loads only the events of its own type from the stream of its id, so that the id
     * of another kind of record reads as an unknown id instead of feeding it another aggregate's events.
     * Set here for all of them: Axon's Spring lookup does not pass {@code @Aggregate(filterEventsByType)} on.
     */
    @Bean
    static BeanPostProcessor aggregatesReadTheirOwnEvents() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringAggregateConfigurer<?> aggregate) {
                    aggregate.setFilterEventsByType(true);
                }
                return bean;
            }
        };
    }

    /**
     * Axon's db-scheduler deadline manager, built as Axon's auto-configuration builds it (its
     * deadline task finds it by this type), behind {@link DeadlinesFiringNow}, which is what the
     * aggregates and processes get.
     */
    @Bean
    DbSchedulerDeadlineManager dbSchedulerDeadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                                          @Qualifier("eventSerializer") Serializer serializer,
                                                          TransactionManager transactions, DeadlineManagerSpanFactory spans) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spans)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    @Primary
    DeadlineManager deadlineManager(DbSchedulerDeadlineManager axons, Scheduler scheduler) {
        return new DeadlinesFiringNow(axons, scheduler);
    }

    /**
     * Aggregates stay in memory between commands, so a command does not replay the whole history:
     * the most recently used ones of each type, up to {@code ledger.aggregate-cache.capacity}
     * ({@link RecentAggregates}). One cache per aggregate type (a prototype: each
     * {@code @Aggregate(cache = "aggregateCache")} gets its own), since the caches are keyed by the
     * identifier alone and an id of one kind of record given where another is expected must read as
     * unknown, not as the other record.
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    Cache aggregateCache(@Value("${ledger.aggregate-cache.capacity:10000}") int capacity, ObjectProvider<EventStore> store) {
        // the store is looked up once, on first use: the bean factory's lookup cost more than the query
        Supplier<EventStore> events = SingletonSupplier.of(store::getObject);
        return new RecentAggregates(capacity, id -> events.get().lastSequenceNumberFor(id));
    }

    /** Aggregates with long histories (stock, accounts) load from a snapshot taken every 100 events. */
    @Bean
    SnapshotTriggerDefinition ledgerSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 100);
    }

    /**
     * An event processor whose batch keeps failing, whatever failed, parks it and goes on
     * ({@link ParkAfterRetries}): a projection in its dead-letter queue after three attempts (its
     * handlers' own exceptions are parked there at once by the queue), a process in the manual
     * intervention queue after five. A saga handler's exception fails the batch, so that it is counted
     * and parked the same way.
     */
    @Autowired
    void failedEventsAreParked(EventProcessingConfigurer processing, ObjectProvider<CommandGateway> commands,
                               ObjectProvider<Clock> clock, ObjectProvider<ProcessorFailures> failures) {
        SAGA_PROCESSORS.keySet().forEach(group -> processing.registerListenerInvocationErrorHandler(group,
                configuration -> PropagatingErrorHandler.instance()));
        processing.registerDefaultDeadLetterPolicy(configuration -> (letter, cause) -> Decisions.enqueue(StorableCause.of(cause)));
        processing.registerDefaultErrorHandler(configuration -> new ParkAfterRetries(
                processor -> parkingOf(processor, configuration, commands, clock), failures.getObject()));
    }

    /** A projection parks in its dead-letter queue, a process in the intervention queue; other processors nowhere. */
    private static ParkAfterRetries.Parking parkingOf(String processor, org.axonframework.config.Configuration configuration,
                                                      ObjectProvider<CommandGateway> commands, ObjectProvider<Clock> clock) {
        EventProcessingConfiguration processors = configuration.eventProcessingConfiguration();
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetters = processors.deadLetterQueue(processor);
        if (deadLetters.isPresent()) {
            return new DeadLetterParking(processor, processors, deadLetters.get(),
                    configuration.getComponent(TransactionManager.class));
        }
        InterventionProcess process = SAGA_PROCESSORS.get(processor);
        return process == null ? null : new InterventionParking(process, commands::getObject, clock.getObject());
    }

    /** The processing groups of the sagas (Axon names them after the saga class), and their process. */
    static final Map<String, InterventionProcess> SAGA_PROCESSORS = Map.of(
            "PlacementSagaProcessor", InterventionProcess.PLACEMENT, "PaymentSagaProcessor", InterventionProcess.PAYMENT,
            "FulfillmentSagaProcessor", InterventionProcess.FULFILLMENT, "RefundSagaProcessor", InterventionProcess.REFUND);

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

    /** A new record never takes an id that another record (of any kind) has: see NewStreamsTakeFreeIds. */
    @Bean
    InitializingBean newStreamsTakeFreeIds(EventStore eventStore, ObjectProvider<EventStorageEngine> storage) {
        return () -> storage.ifAvailable(engine -> eventStore.registerDispatchInterceptor(new NewStreamsTakeFreeIds(engine)));
    }
}
