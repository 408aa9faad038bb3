package dev.orderledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Load shedding at a shop's peak: a new placement ({@code POST /api/orders}) is answered 503
 * {@code overloaded} with {@code Retry-After} while the order flow's processing is too far behind the
 * event store ({@link dev.orderledger.app.operations.Admission}). Nothing is
 * recorded for a refused placement, so the same request, idempotency key included, can be sent again.
 *
 * <p>Without it, orders offered faster than the ledger completes them pile up in every processor:
 * new placements take the processors' time from the payments of orders already placed, the backlog
 * passes the payment deadline, and the deadlines' cancellations add more work, so throughput falls
 * far below capacity instead of staying there. Payments, reads and everything else are always let
 * through: they finish work already accepted.
 */
class PlacementAdmission extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final BooleanSupplier refuses;
    private final Problems problems;

    /** @param refuses whether a new placement is refused now */
    PlacementAdmission(BooleanSupplier refuses, Problems problems) {
        this.refuses = refuses;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/api/orders".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (refuses.getAsBoolean()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                    "the ledger is busy with the orders already placed; nothing was placed, retry later"));
            return;
        }
        chain.doFilter(request, response);
    }
}
