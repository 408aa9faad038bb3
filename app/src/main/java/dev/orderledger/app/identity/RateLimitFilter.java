package dev.orderledger.app.identity;

import dev.orderledger.app.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Limits registration and login attempts per client address and endpoint: at most
 * {@code ledger.security.rate-limit.requests-per-minute} in a sliding minute (a token bucket that
 * refills continuously). Past that: 429 with {@code Retry-After}. The buckets are rows of the shared
 * database ({@code auth_rate_limit}), each attempt one statement, so a client's attempts count the same
 * whichever ledger node they reach; a bucket that has filled up again is forgotten.
 */
class RateLimitFilter extends OncePerRequestFilter {

    /** How often (in attempts) the buckets that have filled up again are deleted. */
    private static final int FORGET_EVERY = 1_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final double capacity;
    private final double refillPerMilli;
    private final Problems problems;
    private final AtomicLong attempts = new AtomicLong();
    /** Takes a token if the bucket, refilled to now, has one; answers what is left and whether one was taken. */
    private final String take;

    /** Built by the security chain, not a bean: a filter bean would also run in the servlet chain. */
    RateLimitFilter(JdbcTemplate jdbc, Clock clock, Problems problems, int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.problems = problems;
        this.capacity = perMinute;
        this.refillPerMilli = perMinute / 60_000.0;
        String refilled = "LEAST(" + capacity + ", bucket.tokens + GREATEST(0, EXCLUDED.updated_at - bucket.updated_at) * "
                + refillPerMilli + ")";
        this.take = """
                INSERT INTO auth_rate_limit AS bucket (client, tokens, updated_at, last_taken) VALUES (?, ?, ?, TRUE)
                ON CONFLICT (client) DO UPDATE SET
                    tokens = %1$s - CASE WHEN %1$s >= 1 THEN 1 ELSE 0 END,
                    last_taken = %1$s >= 1,
                    updated_at = GREATEST(bucket.updated_at, EXCLUDED.updated_at)
                RETURNING tokens, last_taken""".formatted(refilled);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getRequestURI().startsWith("/api/auth/") || request.getRequestURI().equals("/console/login")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitMillis = take(request.getRemoteAddr() + " " + request.getRequestURI(), clock.millis());
        if (waitMillis > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "too many attempts from this address; retry later"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes a token of the client's bucket and answers 0, or answers how many milliseconds until one is available. */
    private long take(String client, long now) {
        if (attempts.incrementAndGet() % FORGET_EVERY == 0) {
            jdbc.update("DELETE FROM auth_rate_limit WHERE updated_at < ?", now - (long) Math.ceil(capacity / refillPerMilli));
        }
        return jdbc.queryForObject(take, (row, n) -> row.getBoolean("last_taken") ? 0L
                : (long) Math.ceil((1 - row.getDouble("tokens")) / refillPerMilli), client, capacity - 1, now);
    }
}
