package dev.orderledger.app.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import dev.orderledger.projections.order.OrderDetails;
import dev.orderledger.projections.order.OrderDocuments;
import dev.orderledger.projections.order.OrderViewRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's detail is one document on its order view row: what {@code GET /api/orders/{id}} answers is
 * that document, the projection's step-by-step document equals the detail rendered whole from the
 * views, and a row from before documents were kept still reads the same.
 */
class OrderDocumentIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OrderViewRepository orders;
    @Autowired
    OrderDetails details;
    @Autowired
    ObjectMapper json;

    @Test
    void theOrderDetailIsTheDocumentOfItsRowAndEqualsTheDetailRenderedFromTheViews() throws Exception {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Document lamp", "30.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 2));
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        confirmReceipt(buyer, orderId);
        String refundId = "r-" + UUID.randomUUID();
        assertThat(api.post("/api/orders/" + orderId + "/refunds", Map.of("refundId", refundId, "lineNo", 1,
                "quantity", 1, "withReturn", false, "reason", "scratched")).as(buyer.token()).send().status()).isEqualTo(201);
        JsonNode read = awaitOrder(buyer, orderId, view -> view.at("/refunds/0/refundId").asText().equals(refundId));

        JsonNode document = json.readTree(jdbc.queryForObject("SELECT detail::text FROM order_view WHERE order_id = ?",
                String.class, orderId));
        String whole = transactions.execute(status -> write(details.whole(orders.findById(orderId).orElseThrow()).detail()));

        assertThat(read).isEqualTo(document);
        assertThat(document).isEqualTo(json.readTree(whole));
        assertThat(document.at("/timeline").size()).as("every step of its life, its payment's and its refund's")
                .isGreaterThan(8);
    }

    @Test
    void anOrderRowWithoutADocumentIsReadFromTheViewsUntilItsOrderChanges() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Old row vase", "12.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        JsonNode before = get(buyer, orderId);

        jdbc.update("UPDATE order_view SET detail = NULL, detail_position = -1 WHERE order_id = ?", orderId);

        assertThat(get(buyer, orderId)).isEqualTo(before);
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        JsonNode paid = awaitOrder(buyer, orderId, view -> List.of("PAID", "FULFILLING").contains(view.at("/status").asText()));
        assertThat(jdbc.queryForObject("SELECT detail::json ->> 'status' FROM order_view WHERE order_id = ?", String.class,
                orderId)).as("the document was written again").isIn("PAID", "FULFILLING");
        assertThat(paid.at("/timeline/0/event").asText()).isEqualTo("OrderPlaced");
    }

    @Test
    void theDetailIsAnsweredAsStoredAndADocumentOfAnotherShapeIsReadAndWrittenAgainUntilItsOrderChanges() {
        User seller = seller();
        User buyer = buyer();
        String productId = productOnShelf(seller, "Shape jug", "18.00", 10);
        String orderId = placedOrder(buyer, orderOf(null, productId, 1));
        LedgerClient.Response answer = api.get("/api/orders/" + orderId).as(buyer.token()).send();
        String stored = jdbc.queryForObject("SELECT detail FROM order_view WHERE order_id = ?", String.class, orderId);
        assertThat(answer.text()).as("the stored document, byte for byte").isEqualTo(stored);
        assertThat(answer.header("Content-Type")).startsWith("application/json");

        String older = stored.replaceFirst("\\{", "{\"retiredField\":\"from an older detail\",");
        jdbc.update("UPDATE order_view SET detail = ?, detail_shape = 'older-shape' WHERE order_id = ?", older, orderId);

        JsonNode read = get(buyer, orderId);
        assertThat(read.has("retiredField")).as("written again as the detail is now").isFalse();
        assertThat(read).isEqualTo(answer.json());
        pay(buyer, "pay-" + UUID.randomUUID(), orderId);
        awaitOrder(buyer, orderId, view -> List.of("PAID", "FULFILLING").contains(view.at("/status").asText()));
        assertThat(jdbc.queryForObject("SELECT detail_shape FROM order_view WHERE order_id = ?", String.class, orderId))
                .as("the projection wrote the whole document again under the current shape").isEqualTo(OrderDocuments.SHAPE);
        assertThat(jdbc.queryForObject("SELECT detail FROM order_view WHERE order_id = ?", String.class, orderId))
                .doesNotContain("retiredField");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(User reader, String orderId) {
        LedgerClient.Response response = api.get("/api/orders/" + orderId).as(reader.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
