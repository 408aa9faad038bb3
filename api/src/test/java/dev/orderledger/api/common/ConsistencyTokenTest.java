package dev.orderledger.api.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsistencyTokenTest {

    @Test
    void aTokenIsItsPositionInDecimalAndReadsBack() {
        ConsistencyToken token = ConsistencyToken.parse("9223372036854775807");

        assertThat(token.position()).isEqualTo(Long.MAX_VALUE);
        assertThat(ConsistencyToken.parse(token.toString())).isEqualTo(token);
        assertThat(ConsistencyToken.parse("0").position()).isZero();
    }

    @Test
    void anythingButOneToNineteenDigitsIsRefusedNamingWhereItWasGiven() {
        for (String bad : new String[]{null, "", "-1", "+1", "1.0", " 1", "1e3", "０", "12345678901234567890"}) {
            assertThatThrownBy(() -> ConsistencyToken.parse(bad, ConsistencyToken.PARAMETER)).as(bad)
                    .isInstanceOf(InvalidValue.class)
                    .satisfies(refused -> assertThat(((InvalidValue) refused).field()).isEqualTo(ConsistencyToken.PARAMETER));
        }
    }

    @Test
    void nineteenDigitsBeyondAPositionAreRefusedAsBeyondTheStore() {
        assertThatThrownBy(() -> ConsistencyToken.parse("9223372036854775808"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("beyond any position");
    }

    @Test
    void aNegativePositionIsNoToken() {
        assertThatThrownBy(() -> new ConsistencyToken(-1)).isInstanceOf(InvalidValue.class);
    }
}
