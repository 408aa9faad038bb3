package dev.orderledger.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.util.concurrent.TimeUnit;

/**
 * Axon's message metrics at a fixed cost per message: for each component (the command bus, the event
 * store, the query bus, each event processor) counters of the messages ingested, succeeded, failed,
 * processed and ignored, and a timer of their handling, created once and tagged by the component
 * ({@code processorName} for a processor). The names are axon-micrometer's ({@code commandBus.*},
 * {@code eventProcessor.successCounter}, {@code eventProcessor.allTimer}, ...), in both of its modes.
 *
 * <p>axon-micrometer's own dimensional monitors tag every meter with the message's payload type, so
 * each message looks its meters up in the registry, records percentiles into a sliding histogram and
 * adds itself to a capacity reservoir, and re-registers a gauge that Micrometer then warns about: about
 * a tenth of the ledger's CPU under load (ADR 0013, item 9). What is left out: the per-payload-type
 * breakdown, percentiles, the capacity and latency gauges; a processor's position and lag are in
 * {@code GET /api/admin/projections}.
 */
class MessageMetrics extends GlobalMetricRegistry {

    MessageMetrics(MeterRegistry registry) {
        super(registry);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponent(Class<?> componentType, String componentName) {
        return registerComponentWithDefaultTags(componentType, componentName);
    }

    @Override
    public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> componentType, String componentName) {
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return new Meters(getRegistry(), "eventProcessor", Tags.of("processorName", componentName));
        }
        if (CommandBus.class.isAssignableFrom(componentType) || EventBus.class.isAssignableFrom(componentType)
                || QueryBus.class.isAssignableFrom(componentType) || QueryUpdateEmitter.class.isAssignableFrom(componentType)) {
            return new Meters(getRegistry(), componentName, Tags.empty());
        }
        return NoOpMessageMonitor.instance();
    }

    /** One component's meters; a message costs a counter increment, and a timer record when handled. */
    private static final class Meters implements MessageMonitor<Message<?>> {

        private final Counter ingested;
        private final Counter succeeded;
        private final Counter failed;
        private final Counter processed;
        private final Counter ignored;
        private final Timer handling;

        Meters(MeterRegistry registry, String prefix, Tags tags) {
            ingested = registry.counter(prefix + ".ingestedCounter", tags);
            succeeded = registry.counter(prefix + ".successCounter", tags);
            failed = registry.counter(prefix + ".failureCounter", tags);
            processed = registry.counter(prefix + ".processedCounter", tags);
            ignored = registry.counter(prefix + ".ignoredCounter", tags);
            handling = registry.timer(prefix + ".allTimer", tags);
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            ingested.increment();
            long start = System.nanoTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    succeeded.increment();
                    processed.increment();
                    handling.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    failed.increment();
                    processed.increment();
                    handling.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }

                @Override
                public void reportIgnored() {
                    ignored.increment();
                }
            };
        }
    }
}
