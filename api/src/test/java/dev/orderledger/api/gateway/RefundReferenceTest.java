package dev.orderledger.api.gateway;

import dev.orderledger.api.common.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundReferenceTest {

    @Test
    void anOrderRefundNamesTheRefund() {
        assertThat(RefundReference.parse("refund:r-1")).isEqualTo(new RefundReference.OrderRefund("r-1"));
    }

    @Test
    void aPaymentReturnNamesThePayOrderAndTheReturn() {
        assertThat(RefundReference.parse("return:pay-7:ret-2"))
                .isEqualTo(new RefundReference.PaymentReturn("pay-7", "ret-2"));
    }

    @Test
    void theReturnIdIsEverythingAfterThePayOrderId() {
        assertThat(RefundReference.parse("return:pay-7:after:cancel"))
                .isEqualTo(new RefundReference.PaymentReturn("pay-7", "after:cancel"));
    }

    @Test
    void aReferenceReadsBackAsItWasWritten() {
        for (String value : new String[]{"refund:r-1", "return:pay-7:ret-2"}) {
            assertThat(RefundReference.parse(value).value()).isEqualTo(value);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "r-1", "refund:", "return:", "return:pay-7", "return:pay-7:", "return::ret-2", "REFUND:r-1"})
    void anythingElseIsRefused(String value) {
        assertThatThrownBy(() -> RefundReference.parse(value)).isInstanceOf(InvalidValue.class);
    }
}
