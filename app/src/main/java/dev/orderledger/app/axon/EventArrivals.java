package dev.orderledger.app.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors read it: it tells a processor the moment events arrive.
 *
 * <p>A pooled processor whose stream cannot say so looks for new events every 500 ms, and the
 * embedded store's streams cannot: each hop of a process (placement, payment, projection) then
 * waited a quarter to a half second. Here one watcher tails the store's shared cache, which the
 * store fills right after each local commit (and every second for other writers), and calls every
 * open stream's callback when something arrived. A processor whose callback ran looks at its own
 * stream at once; one whose callback found nothing new goes back to sleep. The watcher reads only
 * tracking positions, never payloads.
 */
public final class EventArrivals implements StreamableMessageSource<TrackedEventMessage<?>>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EventArrivals.class);

    private final EventStore store;
    private final Set<Runnable> callbacks = new CopyOnWriteArraySet<>();
    private final Thread watcher;
    private volatile boolean closed;

    public EventArrivals(EventStore store) {
        this.store = store;
        this.watcher = new Thread(this::watch, "event-arrivals");
        this.watcher.setDaemon(true);
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        synchronized (watcher) {
            if (watcher.getState() == Thread.State.NEW && !closed) {
                watcher.start();
            }
        }
        return new Stream(store.openStream(from));
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public void destroy() {
        closed = true;
        watcher.interrupt();
    }

    private void watch() {
        while (!closed) {
            try (BlockingStream<TrackedEventMessage<?>> head = store.openStream(store.createHeadToken())) {
                while (!closed) {
                    if (head.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        while (head.hasNextAvailable()) {
                            head.nextAvailable();
                        }
                        callbacks.forEach(Runnable::run);
                    }
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Watching the event store for new events failed; the processors look every 500 ms meanwhile", e);
                callbacks.forEach(Runnable::run);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(1_000);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A processor's stream: the store's, with a callback the watcher calls. */
    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private Runnable callback;

        private Stream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            if (this.callback != null) {
                callbacks.remove(this.callback);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public void close() {
            if (callback != null) {
                callbacks.remove(callback);
            }
            events.close();
        }
    }
}
