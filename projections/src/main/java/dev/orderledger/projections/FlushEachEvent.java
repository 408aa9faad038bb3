package dev.orderledger.projections;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.stereotype.Component;

/**
 * Each event handler of the read models sends its rows to PostgreSQL before the next event is
 * handled. A row PostgreSQL refuses (a value too long, a trigger) then fails the handler of the event
 * that made it, and that event alone is parked in the dead-letter queue with PostgreSQL's reason;
 * left to the commit, the refusal would fail the whole batch and be blamed on no event. The rows of
 * one event still go in one JDBC batch, and the documents and the token once per batch.
 */
@Component
class FlushEachEvent implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = FlushEachEvent.class.getPackageName() + ".";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !original.declaringClass().getName().startsWith(PROJECTIONS)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                Object result = super.handle(message, target);
                entityManager.flush();
                return result;
            }
        };
    }
}
