package dev.orderledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.SnapshotId;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product events stored before items had a presentation (ADR 0024) are read by this version: the JSON
 * here is a {@code ProductCreatedEvent} in the form the ledger wrote before, without {@code presentation}.
 */
class StoredProductEventsTest {

    private final Serializer events = new SerializerConfiguration().eventSerializer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProductCreatedBeforePresentationsIsReadAsShowingNothingWithItsSnapshotId() throws IOException {
        JsonNode stored = stored("/stored/product-created-event.json");

        ProductCreatedEvent created = read(stored);

        assertThat(created.presentation()).isNull();
        assertThat(created.contentDigest()).isEqualTo(SnapshotId.of("6878f03841be156ea6543266b60ccecd"));
        assertThat(created.skus()).hasSize(1);
        ObjectNode again = (ObjectNode) json.readTree(events.serialize(created, String.class).getData());
        assertThat(again.remove("presentation").isNull()).isTrue();
        assertThat(again).as("everything else is written as it was stored").isEqualTo(stored);
    }

    @Test
    void aPresentationIsStoredAndReadBackAsGiven() throws IOException {
        ObjectNode stored = (ObjectNode) stored("/stored/product-created-event.json");
        ProductPresentation shown = new ProductPresentation(List.of("https://img.example.com/1.jpg"), List.of("cotton"),
                "two for one", LocalDate.of(2023, 1, 15));
        stored.set("presentation", json.readTree(events.serialize(shown, String.class).getData()));

        assertThat(stored.at("/presentation/releaseDate").asText()).isEqualTo("2023-01-15");
        assertThat(read(stored).presentation()).isEqualTo(shown);
    }

    private ProductCreatedEvent read(JsonNode stored) {
        return events.deserialize(new SimpleSerializedObject<>(stored.toString(), String.class,
                new SimpleSerializedType(ProductCreatedEvent.class.getName(), "1")));
    }

    private JsonNode stored(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
