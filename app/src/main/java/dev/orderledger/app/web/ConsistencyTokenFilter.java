package dev.orderledger.app.web;

import dev.orderledger.app.axon.EventPositions;
import dev.orderledger.api.common.ConsistencyToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers every successful write under {@code /api} with a {@link ConsistencyToken}: the event store
 * position of the last event the request appended (or, when it appended none, the store's head), so
 * that a read given the token sees the write. The events a request appends are noted by
 * {@link #eventsOfTheRequest()}, an interceptor on the event bus that runs on the request's thread.
 * A request that answers asynchronously (a write waiting for its outcome) is given its token when
 * its answer is written, on the asynchronous dispatch; when that answer names a later position (the
 * one at which the views showed the outcome), the later one is kept.
 */
public class ConsistencyTokenFilter extends OncePerRequestFilter {

    private static final String EVENT_IDS = ConsistencyTokenFilter.class.getName() + ".eventIds";
    /** The buffered response of a request, kept for its answer when the request answers asynchronously. */
    private static final String BUFFERED = ConsistencyTokenFilter.class.getName() + ".buffered";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final EventPositions positions;

    public ConsistencyTokenFilter(EventPositions positions) {
        this.positions = positions;
    }

    /** Notes, on the request that published them, the identifiers of the events a command appends. */
    public static MessageDispatchInterceptor<EventMessage<?>> eventsOfTheRequest() {
        return messages -> {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) request.getAttribute(EVENT_IDS, RequestAttributes.SCOPE_REQUEST);
                if (ids == null) {
                    ids = new ArrayList<>();
                    request.setAttribute(EVENT_IDS, ids, RequestAttributes.SCOPE_REQUEST);
                }
                for (EventMessage<?> message : messages) {
                    ids.add(message.getIdentifier());
                }
            }
            return (index, message) -> message;
        };
    }

    /** An answer that already names a later position (a write's outcome, seen by the views there) keeps it. */
    private static long positionAnswered(HttpServletResponse response) {
        String answered = response.getHeader(ConsistencyToken.HEADER);
        return answered == null ? 0 : ConsistencyToken.parse(answered).position();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    /** A write that answers later (it waits for its outcome) gets its token when it does answer. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean answering = isAsyncDispatch(request);
        ContentCachingResponseWrapper buffered = answering
                ? (ContentCachingResponseWrapper) request.getAttribute(BUFFERED) : new ContentCachingResponseWrapper(response);
        if (buffered == null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(BUFFERED, buffered);
        try {
            chain.doFilter(request, answering ? response : buffered);
            if (!isAsyncStarted(request) && buffered.getStatus() >= 200 && buffered.getStatus() < 300) {
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) request.getAttribute(EVENT_IDS);
                long position = Math.max(positions.lastOf(ids == null ? List.of() : ids), positionAnswered(buffered));
                buffered.setHeader(ConsistencyToken.HEADER, new ConsistencyToken(position).toString());
            }
        } finally {
            if (!isAsyncStarted(request)) {
                buffered.copyBodyToResponse();
            }
        }
    }
}
