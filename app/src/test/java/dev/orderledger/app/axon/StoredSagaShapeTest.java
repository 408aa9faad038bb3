package dev.orderledger.app.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.saga.payment.PaymentSaga;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sagas in flight are stored as JSON and read back by the next version of the ledger: a process whose
 * state moved into values of its own must read the form it was stored in and write that form again.
 * The JSON here was written by the ledger before the payment process kept its returns and its watch on
 * the gateway in values of their own.
 */
class StoredSagaShapeTest {

    private final Serializer serializer = new SerializerConfiguration().serializer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPaymentProcessStoredBeforeItsStateWasSplitIsReadAndWrittenInTheSameForm() throws IOException {
        JsonNode stored = stored("/stored/payment-saga.json");

        PaymentSaga saga = serializer.deserialize(new SimpleSerializedObject<>(stored.toString(), String.class,
                new SimpleSerializedType(PaymentSaga.class.getName(), null)));
        SerializedObject<String> written = serializer.serialize(saga, String.class);

        JsonNode again = json.readTree(written.getData());
        assertThat(again.at("/returnAttempts").asInt()).isEqualTo(2);
        assertThat(again.at("/returns/order-1000000000000000001/cash/amount").asText()).isEqualTo("8.00");
        assertThat(again.at("/marketingHeld").asBoolean()).isTrue();
        assertThat(again.at("/gatewayAsked").asBoolean()).isTrue();
        assertThat(again).isEqualTo(stored);
    }

    private JsonNode stored(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
