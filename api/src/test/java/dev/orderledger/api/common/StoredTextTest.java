package dev.orderledger.api.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text full of what the stores refuse: controls, NUL, halves and whole surrogate pairs, quotes and backslashes. */
    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'), Arbitraries.chars().range('\ud800', '\udfff'),
                        Arbitraries.of('a', '"', '\\', 'u', '0', '\u00e9', '\u4e2d', '\u007f'), Arbitraries.chars())
                .list().ofMaxSize(40).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    @Property
    void cleanTextHoldsOnlyWhatEveryStoreKeepsAndKeepsItsLength(@ForAll("hostileText") String text) {
        String cleaned = StoredText.clean(text);

        assertThat(cleaned).hasSameSizeAs(text);
        assertThat(cleaned.codePoints()).allMatch(c -> c >= ' ' || c == '\t' || c == '\n' || c == '\r')
                .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
        assertThat(StoredText.clean(cleaned)).isSameAs(cleaned);
    }

    @Property
    void aJsonDocumentIsCleanedAsItsStringsWouldBe(@ForAll("hostileText") String key, @ForAll("hostileText") String value)
            throws Exception {
        String json = JSON.writeValueAsString(Map.of(key, List.of(value, "plain")));

        Map<?, ?> read = JSON.readValue(StoredText.cleanJson(json), Map.class);

        assertThat(read).isEqualTo(Map.of(StoredText.clean(key), List.of(StoredText.clean(value), "plain")));
    }

    @Example
    void aNulBecomesTheReplacementCharacterAndTabsAndNewlinesStay() {
        assertThat(StoredText.clean("a\u0000b\tc\nd\u001fe")).isEqualTo("a\ufffdb\tc\nd\ufffde");
        assertThat(StoredText.cleanJson("{\"name\":\"a\\u0000b\\\\u0000\\n\"}")).isEqualTo("{\"name\":\"a\\ufffdb\\\\u0000\\n\"}");
    }

    @Example
    void cleanTextIsReturnedAsItIs() {
        String text = "经典圆领T恤 \ud83d\ude00";

        assertThat(StoredText.clean(text)).isSameAs(text);
        assertThat(StoredText.cleanJson("{\"a\":\"\\ud83d\\ude00\"}")).isEqualTo("{\"a\":\"\\ud83d\\ude00\"}");
        assertThat(StoredText.clean(null)).isNull();
    }

    @Example
    void fittingTextCutsItWithoutSplittingAPair() {
        assertThat(StoredText.fit("ab\ud83d\ude00", 3)).isEqualTo("ab");
        assertThat(StoredText.fit("a\u0000" + "x".repeat(5000), 1023)).hasSize(1023).startsWith("a\ufffdx");
        assertThat(StoredText.fit("short", 1023)).isEqualTo("short");
    }
}
