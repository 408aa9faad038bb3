package dev.orderledger.api.gateway;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import dev.orderledger.api.gateway.GatewayStatement.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewayStatementTest {

    private static final String HEADER = "transaction_id,type,merchant_reference,amount,currency,completed_at\n";
    private static final Line PAYMENT = new Line("sim-tx-1", Type.PAYMENT, "pay-42", Money.of("90.00", "CNY"),
            Instant.parse("2026-03-01T10:15:30.123456Z"));
    private static final Line REFUND = new Line("pay-42-r1", Type.REFUND, "return:pay-42:order-7", Money.of("1200", "JPY"),
            Instant.parse("2026-03-01T11:00:00Z"));

    @Test
    void aStatementIsWrittenAsCsvWithPlainAmountsAndIsoInstants() {
        assertThat(new GatewayStatement(List.of(PAYMENT, REFUND)).toCsv()).isEqualTo(HEADER
                + "sim-tx-1,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:15:30.123456Z\n"
                + "pay-42-r1,REFUND,return:pay-42:order-7,1200,JPY,2026-03-01T11:00:00Z\n");
    }

    @Test
    void whatIsWrittenReadsBackAsItWas() {
        GatewayStatement statement = new GatewayStatement(List.of(PAYMENT, REFUND, PAYMENT));

        assertThat(GatewayStatement.parse(statement.toCsv())).isEqualTo(statement);
        assertThat(GatewayStatement.parse(HEADER).lines()).isEmpty();
    }

    @Test
    void windowsLineEndsAByteOrderMarkAndTrailingBlankLinesAreAccepted() {
        String csv = "\uFEFF" + HEADER.replace("\n", "\r\n") + "sim-tx-1,PAYMENT,pay-42,90,CNY,2026-03-01T10:15:30.123456Z\r\n\r\n";

        assertThat(GatewayStatement.parse(csv).lines()).containsExactly(PAYMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "another header          | transaction_id,type,reference,amount,currency,completed_at | line 1: the header",
            "too few columns         | sim-tx-1,PAYMENT,pay-42,90.00,CNY                            | line 2: has 5 columns",
            "too many columns        | sim-tx-1,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:00:00Z,x     | line 2: has 7 columns",
            "an unknown type         | sim-tx-1,CHARGEBACK,pay-42,90.00,CNY,2026-03-01T10:00:00Z    | line 2: unknown type 'CHARGEBACK'",
            "a lower-case type       | sim-tx-1,payment,pay-42,90.00,CNY,2026-03-01T10:00:00Z       | line 2: unknown type",
            "a word for an amount    | sim-tx-1,PAYMENT,pay-42,ninety,CNY,2026-03-01T10:00:00Z      | line 2: the amount 'ninety'",
            "a negative amount       | sim-tx-1,PAYMENT,pay-42,-90.00,CNY,2026-03-01T10:00:00Z      | line 2: the amount '-90.00'",
            "an exponent             | sim-tx-1,PAYMENT,pay-42,9E1,CNY,2026-03-01T10:00:00Z         | line 2: the amount '9E1'",
            "a zero amount           | sim-tx-1,PAYMENT,pay-42,0.00,CNY,2026-03-01T10:00:00Z        | line 2: a statement amount is positive",
            "too many decimals       | sim-tx-1,PAYMENT,pay-42,90.001,CNY,2026-03-01T10:00:00Z      | line 2: CNY allows 2 decimals",
            "an unknown currency     | sim-tx-1,PAYMENT,pay-42,90.00,XYZ1,2026-03-01T10:00:00Z      | line 2: unknown currency XYZ1",
            "a local time            | sim-tx-1,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:00:00        | line 2: completed_at '2026-03-01T10:00:00'",
            "no transaction id       | ,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:00:00Z               | line 2: transaction_id is required",
            "a quoted reference      | sim-tx-1,PAYMENT,\"pay-42\",90.00,CNY,2026-03-01T10:00:00Z   | line 2: merchant_reference is required",
    })
    void aLineThatIsNotAStatementLineIsRefusedByItsNumber(String what, String row, String message) {
        String csv = row.startsWith("transaction_id") ? row + "\n" : HEADER + row + "\n";

        assertThatThrownBy(() -> GatewayStatement.parse(csv)).as(what).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theLineNumberCountsTheHeaderAndTheLinesBefore() {
        String csv = HEADER + "sim-tx-1,PAYMENT,pay-42,90.00,CNY,2026-03-01T10:00:00Z\n\n"
                + "sim-tx-2,PAYMENT,pay-43,90.00,CNY,2026-03-01T10:00:00Z\n";

        assertThatThrownBy(() -> GatewayStatement.parse(csv)).isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("line 3: has 1 columns");
    }

    @Test
    void anEmptyStatementIsRefused() {
        for (String empty : new String[]{null, "", " \n"}) {
            assertThatThrownBy(() -> GatewayStatement.parse(empty)).isInstanceOf(InvalidValue.class)
                    .hasMessageContaining("empty");
        }
    }
}
