package dev.orderledger.app.guard;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The body fields that name the record a request creates (a product's id in {@code POST /api/products},
 * a pay order's in {@code POST /api/pay-orders}...). The baseline gives them a placeholder that each
 * generated request replaces with a number of its own, so a spoiled request the ledger accepts really
 * creates its record, as a careless client's would, instead of bumping into the one before it.
 */
final class FreshIds {

    private static final String MARKER = "FRESHID";
    private static final Map<String, Set<String>> CREATED = Map.ofEntries(
            Map.entry("POST /api/products", Set.of("productId", "skus[0].skuId")),
            Map.entry("POST /api/coupon-templates", Set.of("templateId")),
            Map.entry("POST /api/admin/categories", Set.of("categoryId")),
            Map.entry("POST /api/admin/brands", Set.of("brandId")),
            Map.entry("POST /api/admin/attributes", Set.of("attributeId")),
            Map.entry("POST /api/admin/transfers", Set.of("transferId")),
            Map.entry("POST /api/auth/register", Set.of("email")),
            Map.entry("POST /api/orders", Set.of("orderId")),
            Map.entry("POST /api/pay-orders", Set.of("payOrderId")),
            Map.entry("POST /api/orders/{orderId}/refunds", Set.of("refundId")),
            Map.entry("POST /api/admin/orders/{orderId}/refunds", Set.of("refund.refundId")),
            Map.entry("POST /simulator/gateway/payments", Set.of("requestId")),
            Map.entry("POST /simulator/gateway/refunds", Set.of("refundId")),
            Map.entry("POST /simulator/carrier/shipments", Set.of("reference")));

    private FreshIds() {
    }

    static boolean names(String operation, String label) {
        return CREATED.getOrDefault(operation, Set.of()).contains(label);
    }

    /** The placeholder: 19 digits once stamped for an order id, a name otherwise. */
    static String value(Cast cast, JsonNode schema) {
        if (schema.path("pattern").asText().equals("\\d{19}")) {
            return "19" + String.format("%012d", Long.parseLong(cast.runKey(), 36) % 1_000_000_000_000L) + MARKER;
        }
        return schema.path("format").asText().equals("email") ? "fz-" + MARKER + "-" + cast.runKey() + "@ledger.test"
                : "fz-" + cast.runKey() + "-" + MARKER;
    }

    /** The request with its placeholder replaced by this request's number (five digits). */
    static BadRequest stamp(BadRequest request, int number) {
        if (request.body() == null) {
            return request;
        }
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        if (!body.contains(MARKER)) {
            return request;
        }
        byte[] stamped = body.replace(MARKER, String.format("%05d", number)).getBytes(StandardCharsets.ISO_8859_1);
        return new BadRequest(request.operation(), request.generator(), request.what(), request.method(), request.target(),
                request.headers(), stamped, request.contentType(), request.mustRefuse(), request.rawSocket());
    }
}
