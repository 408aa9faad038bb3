package dev.orderledger.app.identity;

import dev.orderledger.app.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits registration and login attempts per client address and endpoint: at most
 * {@code ledger.security.rate-limit.requests-per-minute} in a sliding minute (a token bucket that
 * refills continuously). Past that: 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final Clock clock;
    private final double capacity;
    private final double refillPerMilli;
    private final Problems problems;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Built by the security chain, not a bean: a filter bean would also run in the servlet chain. */
    RateLimitFilter(Clock clock, Problems problems, int perMinute) {
        this.clock = clock;
        this.problems = problems;
        this.capacity = perMinute;
        this.refillPerMilli = perMinute / 60_000.0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/auth/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear();
        }
        String client = request.getRemoteAddr() + " " + request.getRequestURI();
        long waitMillis = buckets.computeIfAbsent(client, key -> new Bucket(capacity, clock.millis()))
                .take(clock.millis(), capacity, refillPerMilli);
        if (waitMillis > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "too many attempts from this address; retry later"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tokens available now; each request takes one. */
    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        /** Takes a token and answers 0, or answers how many milliseconds until one is available. */
        synchronized long take(long now, double capacity, double refillPerMilli) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerMilli);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / refillPerMilli);
        }
    }
}
