package dev.orderledger.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@value #HEADER} mechanism for every write: the first request with a key runs and its answer
 * is stored; a retry with the same key and the same request gets that answer again (marked with
 * {@value #REPLAYED}); the same key with a different request is refused with 422, and while the
 * first request is still running, a retry gets 409. Keys are scoped to the authenticated user.
 * Every answer is stored, server errors included (a command may have been recorded before the error),
 * except a 409: a conflict changed nothing, so a retry may run again. A request whose process died
 * before it answered does not block its key: the retry runs it again (the commands are idempotent
 * on the ids the client chose, so the effect stays single). A request that ran past the abandonment
 * time, or whose claim was taken over, can no longer store or release anything.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final int MAX_BODY = 1 << 20;
    /** The claim of a request that answers asynchronously, kept for its answer. */
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";

    private final IdempotencyStore store;
    private final Problems problems;

    public IdempotencyFilter(IdempotencyStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    /** A write that answers later (it waits for its outcome) is stored when it does answer. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            Claimed claimed = (Claimed) request.getAttribute(CLAIMED);
            if (claimed == null) {
                chain.doFilter(request, response);
            } else {
                answer(claimed, request, response, chain);
            }
            return;
        }
        String key = request.getHeader(HEADER);
        if (!SANE_KEY.matcher(key).matches()) {
            problems.write(response, Problems.invalid(HEADER + " must be 1 to 255 visible ASCII characters",
                    List.of(Problems.error(HEADER, "must be 1 to 255 visible ASCII characters"))));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                    "requests with an " + HEADER + " are limited to 1 MiB"));
            return;
        }
        String owner = owner();
        String hash = hash(request, body);
        Optional<String> claim = store.claim(owner, key, hash);
        if (claim.isEmpty()) {
            answerFromRecord(store.find(owner, key), hash, response);
            return;
        }
        Claimed claimed = new Claimed(owner, key, claim.get(), new ContentCachingResponseWrapper(response));
        request.setAttribute(CLAIMED, claimed);
        answer(claimed, new CachedBodyRequest(request, body), claimed.recorded(), chain);
    }

    /** Runs the request (or, on its asynchronous dispatch, writes its answer) and stores the answer once it is written. */
    private void answer(Claimed claimed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = claimed.recorded();
        boolean completed = false;
        try {
            chain.doFilter(request, response);
            if (!isAsyncStarted(request) && recorded.getStatus() != HttpStatus.CONFLICT.value()) {
                store.complete(claimed.owner(), claimed.key(), claimed.token(), recorded.getStatus(),
                        recorded.getContentType(), recorded.getContentAsByteArray(),
                        recorded.getHeader(HttpHeaders.LOCATION));
                completed = true;
            }
        } finally {
            if (!isAsyncStarted(request)) {
                if (!completed) {
                    store.release(claimed.owner(), claimed.key(), claimed.token());
                }
                recorded.copyBodyToResponse();
            }
        }
    }

    /** The key this request claimed, and its answer as it is written. */
    private record Claimed(String owner, String key, String token, ContentCachingResponseWrapper recorded) {
    }

    private void answerFromRecord(Optional<IdempotencyStore.Record> found, String hash, HttpServletResponse response)
            throws IOException {
        if (found.isEmpty()) {
            problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key",
                    "a request with this " + HEADER + " just finished with a conflict; retry it"));
            return;
        }
        IdempotencyStore.Record record = found.get();
        if (!record.requestHash().equals(hash)) {
            problems.write(response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key",
                    "this " + HEADER + " was used for a different request"));
        } else if (record.inFlight()) {
            problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key",
                    "a request with this " + HEADER + " is still being processed"));
        } else {
            response.setStatus(record.status());
            response.setHeader(REPLAYED, "true");
            if (record.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, record.location());
            }
            if (record.contentType() != null) {
                response.setContentType(record.contentType());
            }
            if (record.body() != null) {
                response.getOutputStream().write(record.body());
            }
        }
    }

    private static String owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "anonymous";
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
