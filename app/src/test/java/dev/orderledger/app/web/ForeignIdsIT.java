package dev.orderledger.app.web;

import dev.orderledger.app.support.LedgerClient;
import dev.orderledger.app.support.LedgerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An id that names another kind of record answers as an unknown id when it is read or acted on
 * (404) and as an unavailable id when something new would take it (409 {@code id-unavailable}):
 * never a 500, and nothing half done.
 */
class ForeignIdsIT extends LedgerIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void claimingACouponOfATemplateIdThatIsAProductAnswersNotFound() {
        String productId = draftProduct(seller(), "Lamp", "20.00");

        LedgerClient.Response claim = api.post("/api/coupon-templates/" + productId + "/claims", null)
                .as(buyer().token()).send();

        assertThat(claim.status()).as(claim.toString()).isEqualTo(404);
        assertThat(eventsOf(productId)).isEqualTo(1);
    }

    @Test
    void movingAProductWhoseIdIsACouponTemplateAnswersNotFound() {
        String templateId = template();

        LedgerClient.Response moved = api.post("/api/products/" + templateId + "/transitions",
                Map.of("transition", "SUBMIT_FOR_AUDIT")).as(admin().token()).send();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(404);
    }

    @Test
    void aCategoryUnderAParentThatIsAProductIsRefusedAsAnUnknownCategory() {
        String productId = draftProduct(seller(), "Rug", "20.00");

        LedgerClient.Response created = api.post("/api/admin/categories", Map.of("categoryId", "c-" + UUID.randomUUID(),
                "parentId", productId, "name", "Rugs")).as(admin().token()).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(422);
        assertThat(created.at("/reason")).isEqualTo("UNKNOWN_CATEGORY");
    }

    @Test
    void aTransferWhoseIdIsAProductIsAnUnavailableId() {
        String productId = draftProduct(seller(), "Stool", "20.00");

        LedgerClient.Response moved = api.post("/api/admin/transfers", Map.of("transferId", productId,
                "from", "platform-marketing:0", "to", "buyer-wallet:" + buyer().userId(), "memo", "goodwill",
                "amount", Map.of("amount", "1.00", "currency", "CNY"))).as(admin().token()).send();

        assertUnavailable(moved, "transferId");
        assertThat(eventsOf(productId)).isEqualTo(1);
    }

    @Test
    void aCategoryWhoseIdIsAProductIsAnUnavailableId() {
        String productId = draftProduct(seller(), "Shelf", "20.00");

        LedgerClient.Response created = api.post("/api/admin/categories", Map.of("categoryId", productId, "name", "Shelves"))
                .as(admin().token()).send();

        assertUnavailable(created, "categoryId");
    }

    private String template() {
        String templateId = "t-" + UUID.randomUUID();
        LedgerClient.Response template = api.post("/api/coupon-templates", Map.of("templateId", templateId,
                "name", "Ten off", "kind", "FIXED", "amount", Map.of("amount", "10.00", "currency", "CNY"),
                "threshold", Map.of("amount", "0.00", "currency", "CNY"),
                "validFrom", "2020-01-01T00:00:00Z", "validUntil", "2999-01-01T00:00:00Z",
                "perUserLimit", 1, "totalQuantity", 10)).as(admin().token()).send();
        assertThat(template.status()).as(template.toString()).isEqualTo(201);
        return templateId;
    }

    private long eventsOf(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    static void assertUnavailable(LedgerClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.at("/type")).endsWith("/id-unavailable");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(response.json().has("currentState")).isFalse();
    }
}
