package dev.orderledger.query.consistency;

import dev.orderledger.api.common.ConsistencyToken;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Around a {@link ReadYourWrites} endpoint called with a consistency token: waits until every
 * projection it reads has processed the token's position, checking often at first and less often
 * later, and gives up with {@link ReadModelBehind} after the configured time. It runs as the
 * innermost advice of the controller, after the role checks of method security: a caller who may
 * not read the endpoint is refused at once and never holds a thread waiting.
 */
final class ReadYourWritesAdvice implements MethodInterceptor {

    private static final long FIRST_PAUSE = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LONGEST_PAUSE = TimeUnit.MILLISECONDS.toNanos(25);

    private final Supplier<ProjectionProgress> progress;
    private final Duration timeout;

    ReadYourWritesAdvice(Supplier<ProjectionProgress> progress, Duration timeout) {
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        ReadYourWrites reads = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), ReadYourWrites.class);
        ConsistencyToken token = reads == null ? null : tokenOfTheRequest();
        if (token != null) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (String group : reads.value()) {
                awaitProcessed(group, token, deadline);
            }
        }
        return invocation.proceed();
    }

    private void awaitProcessed(String group, ConsistencyToken token, long deadline) {
        long pause = FIRST_PAUSE;
        while (!progress.get().hasProcessed(group, token.position())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ReadModelBehind(group, token, timeout);
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE);
        }
    }

    /** The token of the HTTP request being served (header first, else the parameter); null without one. */
    private static ConsistencyToken tokenOfTheRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String header = request.getHeader(ConsistencyToken.HEADER);
        if (header != null) {
            return ConsistencyToken.parse(header.trim(), ConsistencyToken.HEADER);
        }
        String parameter = request.getParameter(ConsistencyToken.PARAMETER);
        return parameter == null ? null : ConsistencyToken.parse(parameter, ConsistencyToken.PARAMETER);
    }
}
