package dev.orderledger.app.guard;

import dev.orderledger.app.support.LedgerIntegrationTest.User;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Generates the bad requests of every operation from one seed and sends each as the anonymous caller,
 * the foreign user and the owner, from a few threads, judging every answer into {@link Findings}.
 */
final class BadInputRun {

    /**
     * The headers the harness sends, and "headers": what the server names when a request's headers are too
     * large to read at all (an oversized value of a declared header parameter cannot be named otherwise).
     */
    private static final Set<String> SENT_HEADERS = Set.of(ApiOperation.CONSISTENCY_TOKEN, "consistentWith",
            EnvelopeMutations.PADDING_HEADER, "Authorization", "Content-Type", "headers");

    private final OpenApiDocument document;
    private final Cast cast;
    private final Wire wire;
    private final long seed;

    BadInputRun(OpenApiDocument document, Cast cast, Wire wire, long seed) {
        this.document = document;
        this.cast = cast;
        this.wire = wire;
        this.seed = seed;
    }

    /** Every bad request for one operation; the same seed gives the same list (with the same cast). */
    List<BadRequest> generate(ApiOperation operation) {
        Random random = new Random(seed * 31 + operation.id().hashCode());
        Baseline baseline = new Baseline(document, cast);
        RequestDraft draft = baseline.draft(operation);
        List<BadRequest> bad = new ArrayList<>(new EnvelopeMutations(cast, random).of(draft, document));
        BodyMutations body = new BodyMutations(cast, random);
        if (operation.takesJson()) {
            bad.addAll(body.of(draft, baseline.body(operation)));
        } else if (operation.takesText()) {
            bad.addAll(body.ofText(draft));
        }
        for (int i = 0; i < bad.size(); i++) {
            bad.set(i, FreshIds.stamp(bad.get(i), i));
        }
        return bad;
    }

    Findings send(List<ApiOperation> operations, int threads, boolean traced) throws InterruptedException {
        Findings findings = new Findings(traced);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (ApiOperation operation : operations) {
                Caller.Role owner = Caller.ownerOf(operation);
                Set<String> declared = declared(operation);
                for (BadRequest request : generate(operation)) {
                    for (Caller caller : Caller.values()) {
                        if (caller == Caller.OWNER && request.generator().equals(EnvelopeMutations.BEYOND_HEAD)) {
                            continue;
                        }
                        User user = cast.user(caller, owner);
                        sent.add(pool.submit(() -> sendOne(request, caller, user, declared, findings)));
                    }
                }
            }
            for (Future<?> one : sent) {
                one.get();
            }
        } catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException("the harness itself failed", failed.getCause());
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return findings;
    }

    /**
     * The names the document gives the operation's parameters and body fields (as a client writes them), the
     * headers the harness sends, and '$' for a text body (a CSV statement), which has no fields to name.
     */
    private Set<String> declared(ApiOperation operation) {
        Set<String> names = new HashSet<>(SENT_HEADERS);
        operation.params().forEach(param -> names.add(param.name()));
        if (operation.takesJson()) {
            names.addAll(new Baseline(document, cast).body(operation).declared());
        } else if (operation.takesText()) {
            names.add("$"); // a text body has no fields: its refusal names the body, the message names the line
        }
        return names;
    }

    private void sendOne(BadRequest request, Caller caller, User user, Set<String> declared, Findings findings) {
        Wire.Answer answer;
        try {
            answer = wire.send(request, user == null ? null : user.token());
        } catch (IOException failed) {
            answer = new Wire.Answer(0, Map.of(), String.valueOf(failed));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        findings.record(request, caller, answer, AnswerCheck.findings(request, answer, cast.hiddenFrom(user), declared));
    }
}
