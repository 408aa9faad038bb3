package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11's generated bad input: reads the running ledger's OpenAPI document and sends every
 * operation in it malformed requests, generated from a fixed seed ({@code -Dledger.fuzz.seed=...}
 * runs another), each as an anonymous caller, a foreign user and the owner of real records made over
 * HTTP first. Every answer must be a problem detail when it refuses (a 400 with the fields at fault),
 * never a 5xx, never accept what it must refuse, never show anyone else's data; afterwards every
 * projection has caught up without a new dead letter and the books balance. The findings are reported
 * grouped by operation, generator class, status and kind, with their counts.
 */
class GeneratedBadInputIT extends LedgerIntegrationTest {

    private static final long SEED = Long.getLong("ledger.fuzz.seed", 20_261_105L);
    private static final int THREADS = Integer.getInteger("ledger.fuzz.threads", 4);
    private static final boolean TRACED = Boolean.getBoolean("ledger.fuzz.trace");
    private static final Path REPORT = Path.of("target", "generated-bad-input.txt");
    private static final Path TRACE = Path.of("target", "generated-bad-input-trace.txt");

    @LocalServerPort
    private int port;

    @Test
    void generatedBadInputIsRefusedWithProblemDetailsLeaksNothingAndLeavesTheLedgerWhole() throws Exception {
        Cast cast = new Cast(admin(), circle("owners", "481.37"), circle("strangers", "233.19"), category(),
                Long.toString(System.currentTimeMillis(), 36));
        Set<String> lettersBefore = deadLetters();
        LedgerClient.Response docs = api.get("/v3/api-docs").send();
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        OpenApiDocument document = OpenApiDocument.parse(docs.text());
        List<ApiOperation> operations = document.operations();

        Instant started = Instant.now();
        Findings findings;
        try {
            findings = new BadInputRun(document, cast, new Wire(port), SEED).send(operations, THREADS, TRACED);
        } finally {
            resetSimulators();
            resetReviewRules();
        }
        String summary = "Generated bad input: seed " + SEED + ", " + operations.size() + " operations, "
                + Duration.between(started, Instant.now()).toSeconds() + " s\n" + findings.counts() + "\n";
        System.out.print(summary);
        Files.writeString(REPORT, summary + findings.report());
        if (TRACED) {
            Files.writeString(TRACE, findings.trace());
        }

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(findings.sent()).as("requests sent").isGreaterThanOrEqualTo(2_000);
        soft.assertThat(findings.clean()).as("findings (operation | generator class | status | kind: count)\n"
                + findings.report()).isTrue();
        projectionsCaughtUp(soft);
        Set<String> newLetters = new TreeSet<>(deadLetters());
        newLetters.removeAll(lettersBefore);
        soft.assertThat(newLetters).as("dead letters parked during the run").isEmpty();
        JsonNode reconciliation = api.post("/api/finance/reconciliation", null).as(cast.admin().token())
                .header("Accept", "application/json").send().json();
        soft.assertThat(reconciliation.path("discrepancies")).as("the books after the run: " + reconciliation).isEmpty();
        soft.assertAll();
    }

    /** A seller with a product on shelf and a coupon template, and a buyer with its coupon, a paid and shipped order with a refund requested, and an order awaiting payment. */
    private Cast.Circle circle(String tag, String price) {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Fuzz " + tag, price);
        String templateId = "t-fz-" + UUID.randomUUID();
        created(api.post("/api/coupon-templates", Map.of("templateId", templateId, "name", "Fuzz " + tag, "kind", "FIXED",
                "amount", Map.of("amount", "1.00", "currency", "CNY"), "threshold", Map.of("amount", "0.00", "currency", "CNY"),
                "validFrom", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                "validUntil", Instant.now().plus(30, ChronoUnit.DAYS).toString(), "perUserLimit", 1, "totalQuantity", 10))
                .as(seller.token()).send());
        String couponId = created(api.post("/api/coupon-templates/" + templateId + "/claims", null).as(buyer.token()).send()).at("/id");
        String mark = UUID.randomUUID().toString().substring(0, 8);
        String recipient = "Recipient " + mark;
        String street = mark + " Fuzz Street";
        Map<String, Object> order = new HashMap<>(orderOf(null, productId, 2));
        order.put("shippingAddress", Map.of("recipient", recipient, "phone", "+86 138 0000 0000", "region", "Shanghai",
                "street", street, "postalCode", "200000"));
        String paidOrder = placedOrder(buyer, order);
        order.put("lines", List.of(line(productId, 1)));
        String pendingOrder = placedOrder(buyer, order);
        String payOrderId = pay(buyer, "pay-fz-" + UUID.randomUUID(), paidOrder);
        JsonNode shipped = awaitOrder(buyer, paidOrder, view -> view.at("/shipping/trackingNumber").isTextual());
        String refundId = "r-fz-" + UUID.randomUUID();
        String reason = "fuzz reason " + mark;
        created(api.post("/api/orders/" + paidOrder + "/refunds", Map.of("refundId", refundId, "lineNo", 1, "quantity", 1,
                "withReturn", true, "reason", reason)).as(buyer.token()).send());
        return new Cast.Circle(buyer, seller, productId, templateId, couponId, paidOrder, pendingOrder, payOrderId, refundId,
                Cast.secretsOf(paidOrder, pendingOrder, payOrderId, refundId, couponId, recipient, street, reason,
                        shipped.at("/shipping/trackingNumber").asText(null),
                        shipped.at("/payments/0/gatewayTransactionId").asText(null),
                        shipped.at("/payableAmount/amount").asText(null)));
    }

    private String category() {
        String categoryId = "c-fz-" + UUID.randomUUID();
        created(api.post("/api/admin/categories", Map.of("categoryId", categoryId, "name", "Fuzz", "goods", "PHYSICAL"))
                .as(admin().token()).send());
        return categoryId;
    }

    private static LedgerClient.Response created(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201, 204);
        return response;
    }

    /** Whatever the run told the simulators by default, later tests get the simulators' defaults back. */
    private void resetSimulators() {
        for (String simulator : List.of("gateway", "carrier")) {
            api.delete("/simulator/" + simulator + "/scenarios/default").as(admin().token()).send();
        }
    }

    /** Whatever rules the run set, later tests place their orders without review. */
    private void resetReviewRules() {
        created(api.put("/api/admin/review-rules", Map.of()).as(admin().token()).send());
    }

    private void projectionsCaughtUp(SoftAssertions soft) {
        String token = admin().token();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                for (JsonNode projection : api.get("/api/admin/projections").as(token).send().json()) {
                    if (!projection.path("running").asBoolean() || projection.path("replaying").asBoolean()
                            || projection.path("inError").asBoolean() || projection.path("behind").asLong(-1) != 0) {
                        return false;
                    }
                }
                return true;
            });
        } catch (ConditionTimeoutException stillBehind) {
            soft.fail("projections not caught up 30 s after the run: " + api.get("/api/admin/projections").as(token).send().text());
        }
    }

    /** Every parked event of every projection, as {@code projection/eventId type of aggregate: cause}. */
    private Set<String> deadLetters() {
        String token = admin().token();
        Set<String> letters = new TreeSet<>();
        for (JsonNode projection : api.get("/api/admin/projections").as(token).send().json()) {
            String name = projection.path("name").asText();
            for (JsonNode letter : api.get("/api/admin/projections/" + name + "/dead-letters?limit=1000").as(token).send().json()) {
                letters.add(name + "/" + letter.path("eventId").asText() + " " + letter.path("eventType").asText()
                        + " of " + letter.path("aggregateId").asText() + ": " + letter.path("cause").asText());
            }
        }
        return letters;
    }
}
