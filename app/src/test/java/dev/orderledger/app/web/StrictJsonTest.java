package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.MultiLine;
import dev.orderledger.api.common.NumberAsText;
import dev.orderledger.api.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the strict request mapper refuses, and the JSON path and message each refusal names. */
class StrictJsonTest {

    enum Method { CARD, WALLET }

    record Line(String productId, int quantity) {
        Line {
            if ("bad".equals(productId)) {
                throw new InvalidValue("not a product id");
            }
        }
    }

    record Order(List<Line> lines, String name, @MultiLine String note, Method method, Boolean gift, Money amount,
                 Map<String, String> tags, @NumberAsText String categoryId) {
        Order {
            if ("x".equals(name)) {
                throw new InvalidValue("the whole order is refused");
            }
            if ("y".equals(name)) {
                throw new InvalidValue("note", "must go with a name other than y");
            }
        }
    }

    private final MappingJackson2HttpMessageConverter converter = new MappingJackson2HttpMessageConverter(
            StrictJson.forRequests(Jackson2ObjectMapperBuilder.json()
                    .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()));

    @Test
    void aWellFormedBodyIsReadWithTabsAndLineBreaksWhereTheyBelong() throws Exception {
        Order order = read("""
                {"lines": [{"productId": "p\\t1", "quantity": 2}], "name": "Ann", "note": "ring twice\\r\\nthen wait",
                 "method": "CARD", "gift": true, "amount": {"amount": "12.50", "currency": "CNY"}, "tags": {"k": "v"}}""");

        assertThat(order.lines()).containsExactly(new Line("p\t1", 2));
        assertThat(order.note()).isEqualTo("ring twice\r\nthen wait");
        assertThat(order.amount()).isEqualTo(Money.of("12.50", "CNY"));
    }

    @Test
    void aWholeNumberIsTextOnlyWhereTheFieldSaysSo() throws Exception {
        assertThat(read("{\"categoryId\": 1003001}").categoryId()).isEqualTo("1003001");
        assertThat(read("{\"categoryId\": \"c-1\"}").categoryId()).isEqualTo("c-1");
        assertRefused("{\"categoryId\": 1.5}", "categoryId", "a string");
        assertRefused("{\"categoryId\": true}", "categoryId", "a string");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtThatKey() {
        assertRefused("{\"name\": \"BUYER\", \"name\": {\"x\": [1]}}", "name", "is given more than once");
        assertRefused("{\"lines\": [{\"productId\": \"p\", \"productId\": \"q\", \"quantity\": 1}]}",
                "lines[0].productId", "is given more than once");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertRefused("{\"name\": \"a\"} {\"name\": \"b\"}", "$", "after the JSON document");
    }

    @Test
    void wrongTypesAreRefusedInsteadOfCoerced() {
        assertRefused("{\"method\": 0}", "method", "one of CARD, WALLET");
        assertRefused("{\"method\": \"1\"}", "method", "one of CARD, WALLET");
        assertRefused("{\"lines\": [{\"productId\": \"p\", \"quantity\": 1.5}]}", "lines[0].quantity", "whole number");
        assertRefused("{\"lines\": [{\"productId\": \"p\", \"quantity\": \"3\"}]}", "lines[0].quantity", "whole number");
        assertRefused("{\"lines\": [{\"productId\": \"p\", \"quantity\": 99999999999}]}", "lines[0].quantity", "out of range");
        assertRefused("{\"name\": 5}", "name", "a string");
        assertRefused("{\"gift\": \"yes\"}", "gift", "true or false");
        assertRefused("{\"gift\": 1}", "gift", "true or false");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreRefusedWhereverTheyAre() {
        assertRefused("{\"name\": \"a\\u0000b\"}", "name", "U+0000");
        assertRefused("{\"name\": \"a\\u007fb\"}", "name", "U+007F");
        assertRefused("{\"name\": \"two\\nlines\"}", "name", "single line");
        assertRefused("{\"note\": \"bell\\u0007\"}", "note", "U+0007");
        assertRefused("{\"name\": \"half \\ud83d\"}", "name", "unpaired");
        assertRefused("{\"lines\": [{\"productId\": \"\\u001b[31m\", \"quantity\": 1}]}", "lines[0].productId", "U+001B");
        assertRefused("{\"tags\": {\"a\\u0000\": \"v\"}}", "tags", "a key");
    }

    @Test
    void aValueObjectsRefusalIsPlacedAtThePropertyBeingBuilt() {
        assertRefused("{\"lines\": [{\"productId\": \"bad\", \"quantity\": 1}]}", "lines[0]", "not a product id");
        assertRefused("{\"amount\": {\"amount\": \"1.001\", \"currency\": \"CNY\"}}", "amount", "CNY allows 2 decimals");
        assertRefused("{\"name\": \"x\"}", "$", "the whole order is refused");
        assertRefused("{\"name\": \"y\"}", "note", "must go with a name other than y");
    }

    @Test
    void unknownFieldsAndBrokenJsonAreNamed() {
        assertRefused("{\"total\": 1}", "total", "is not a field of this request");
        assertRefused("{\"lines\": [", "lines[0]", "is not valid JSON");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyAre() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};

        assertThatThrownBy(() -> converter.read(Order.class, new MockHttpInputMessage(body)))
                .isInstanceOfSatisfying(HttpMessageNotReadableException.class, unreadable ->
                        assertThat(UnreadableBody.problemFor(unreadable).getProperties().get("errors").toString())
                                .contains("field=name").contains("is not valid JSON"));
    }

    private Order read(String json) throws Exception {
        return (Order) converter.read(Order.class, new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertRefused(String json, String field, String message) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(HttpMessageNotReadableException.class, unreadable -> {
            ProblemDetail problem = UnreadableBody.problemFor(unreadable);
            assertThat(problem.getStatus()).isEqualTo(400);
            assertThat(problem.getProperties()).containsKey("errors");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> errors = (List<Map<String, String>>) problem.getProperties().get("errors");
            assertThat(errors).as(json).singleElement().satisfies(error -> {
                assertThat(error.get("field")).isEqualTo(field);
                assertThat(error.get("message")).contains(message);
            });
        });
    }
}
