package dev.orderledger.query.consistency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Before a {@link ReadYourWrites} endpoint runs with a consistency token, waits until every projection
 * it reads has processed the token's position, checking often at first and less often later, and
 * gives up with {@link ReadModelBehind} after the configured time.
 */
class ReadYourWritesInterceptor implements HandlerInterceptor {

    private static final long FIRST_PAUSE = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LONGEST_PAUSE = TimeUnit.MILLISECONDS.toNanos(25);

    private final ProjectionProgress progress;
    private final Duration timeout;

    ReadYourWritesInterceptor(ProjectionProgress progress, Duration timeout) {
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        ReadYourWrites reads = method.getMethodAnnotation(ReadYourWrites.class);
        String given = tokenOf(request);
        if (reads == null || given == null) {
            return true;
        }
        ConsistencyToken token = ConsistencyToken.parse(given);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String group : reads.value()) {
            awaitProcessed(group, token, deadline);
        }
        return true;
    }

    private void awaitProcessed(String group, ConsistencyToken token, long deadline) {
        long pause = FIRST_PAUSE;
        while (!progress.hasProcessed(group, token.position())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ReadModelBehind(group, token, timeout);
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    private static String tokenOf(HttpServletRequest request) {
        String header = request.getHeader(ConsistencyToken.HEADER);
        return header != null ? header.trim() : request.getParameter(ConsistencyToken.PARAMETER);
    }
}
