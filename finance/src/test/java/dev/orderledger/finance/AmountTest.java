package dev.orderledger.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountTest {

    @Test
    void addsAmountsOfOneCurrency() {
        assertThat(new Amount(new BigDecimal("1.50"), "CNY").plus(new Amount(new BigDecimal("2.5"), "CNY")))
                .isEqualTo(new Amount(new BigDecimal("4.00"), "CNY"));
    }

    @Test
    void refusesToAddAnotherCurrency() {
        assertThatThrownBy(() -> new Amount(BigDecimal.ONE, "CNY").plus(new Amount(BigDecimal.ONE, "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot add 1 USD to 1 CNY: another currency");
    }
}
