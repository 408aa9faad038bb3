package dev.orderledger.simulator.gateway;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.api.gateway.GatewayStatement;
import dev.orderledger.api.gateway.GatewayStatement.Line;
import dev.orderledger.api.gateway.GatewayStatement.Type;
import dev.orderledger.saga.gateway.GatewayStatus;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.gateway.RefundRequest;
import dev.orderledger.simulator.RecordingCallbacks;
import dev.orderledger.simulator.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SimulatedGatewayTest {

    private static final Money PRICE = Money.of("90.00", "CNY");
    private static final PaymentRequest PAYMENT = new PaymentRequest("pay-1", PRICE, "two teacups");
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final RecordingCallbacks callbacks = new RecordingCallbacks();
    private final SimulatedGateway gateway = new SimulatedGateway(callbacks.script(), CLOCK);

    @AfterEach
    void stop() {
        callbacks.close();
    }

    @Test
    void takesAPaymentThenReportsProcessingThenSuccessWithTheAmountTaken() {
        Reply<GatewayPayment> reply = gateway.pay(PAYMENT);

        String transaction = ((Reply.Taken<GatewayPayment>) reply).value().transactionId();
        assertThat(((Reply.Taken<GatewayPayment>) reply).first()).isTrue();
        assertThat(awaitCallbacks(2)).containsExactly(
                new GatewayPayment("pay-1", transaction, GatewayStatus.PROCESSING, null, null),
                new GatewayPayment("pay-1", transaction, GatewayStatus.SUCCEEDED, PRICE, null));
        assertThat(gateway.payment("pay-1")).hasValueSatisfying(payment ->
                assertThat(payment.status()).isEqualTo(GatewayStatus.SUCCEEDED));
    }

    @Test
    void aRepeatedRequestAnswersTheSameTransactionAndSendsNothingMore() {
        Reply.Taken<GatewayPayment> first = (Reply.Taken<GatewayPayment>) gateway.pay(PAYMENT);
        Reply.Taken<GatewayPayment> again = (Reply.Taken<GatewayPayment>) gateway.pay(PAYMENT);

        assertThat(again.first()).isFalse();
        assertThat(again.value().transactionId()).isEqualTo(first.value().transactionId());
        awaitCallbacks(2);
        await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(() -> callbacks.sent().size() == 2);
        assertThat(callbacks.sent()).hasSize(2);
    }

    @Test
    void aDeclinedPaymentIsRefusedAtOnceAndNeverHeardOfAgain() {
        gateway.scenarios().set("pay-1", scenario("DECLINE", false, 0, false));

        assertThat(gateway.pay(PAYMENT)).isInstanceOf(Reply.Declined.class);
        assertThat(gateway.payment("pay-1")).isEmpty();
    }

    @Test
    void aFailedPaymentIsReportedWithAReasonAndNoAmount() {
        gateway.scenarios().set("pay-1", scenario("FAIL", false, 0, false));
        gateway.pay(PAYMENT);

        GatewayPayment last = (GatewayPayment) awaitCallbacks(2).get(1);
        assertThat(last.status()).isEqualTo(GatewayStatus.FAILED);
        assertThat(last.amount()).isNull();
        assertThat(last.reason()).isNotBlank();
    }

    @Test
    void reorderedCallbacksSendTheFinalOneFirstButTheStatusStaysFinal() {
        gateway.scenarios().set("pay-1", scenario("SUCCEED", true, 0, false));
        gateway.pay(PAYMENT);

        assertThat(awaitCallbacks(2)).extracting(notice -> ((GatewayPayment) notice).status())
                .containsExactly(GatewayStatus.SUCCEEDED, GatewayStatus.PROCESSING);
        assertThat(gateway.payment("pay-1").orElseThrow().status()).isEqualTo(GatewayStatus.SUCCEEDED);
    }

    @Test
    void duplicatesRepeatTheFinalCallback() {
        gateway.scenarios().set("pay-1", scenario("SUCCEED", false, 2, false));
        gateway.pay(PAYMENT);

        assertThat(awaitCallbacks(4)).extracting(notice -> ((GatewayPayment) notice).status())
                .containsExactly(GatewayStatus.PROCESSING, GatewayStatus.SUCCEEDED, GatewayStatus.SUCCEEDED,
                        GatewayStatus.SUCCEEDED);
    }

    @Test
    void droppedCallbacksLeaveOnlyTheStatusQuery() {
        gateway.scenarios().set("pay-1", scenario("SUCCEED", false, 0, true));
        gateway.pay(PAYMENT);

        await().atMost(Duration.ofSeconds(5)).until(() ->
                gateway.payment("pay-1").orElseThrow().status() == GatewayStatus.SUCCEEDED);
        assertThat(callbacks.sent()).isEmpty();
    }

    @Test
    void aLostReplyStillTakesThePayment() {
        gateway.scenarios().set("pay-1", GatewayScenario.of(null, null, null, null, null, true, null, null));

        assertThat(gateway.pay(PAYMENT)).isInstanceOf(Reply.Lost.class);
        assertThat(gateway.payment("pay-1")).isPresent();
        awaitCallbacks(2);
    }

    @Test
    void anAmountOverrideTakesAnotherAmountThanAsked() {
        Money less = Money.of("80.00", "CNY");
        gateway.scenarios().set("pay-1", GatewayScenario.of(null, null, null, null, null, null, less, false));
        gateway.pay(PAYMENT);

        assertThat(((GatewayPayment) awaitCallbacks(1).get(0)).amount()).isEqualTo(less);
    }

    @Test
    void aScenarioSteersOnlyItsOwnRequest() {
        gateway.scenarios().set("pay-other", scenario("DECLINE", false, 0, false));

        assertThat(gateway.pay(PAYMENT)).isInstanceOf(Reply.Taken.class);
    }

    @Test
    void theDefaultScenarioAppliesToEveryOtherRequestUntilReset() {
        gateway.scenarios().setFallback(scenario("DECLINE", false, 0, false));
        assertThat(gateway.pay(PAYMENT)).isInstanceOf(Reply.Declined.class);

        gateway.scenarios().resetFallback();
        assertThat(gateway.pay(PAYMENT)).isInstanceOf(Reply.Taken.class);
    }

    @Test
    void aRefundIsReportedOnceItIsSettled() {
        RefundRequest refund = new RefundRequest("gw-r-1", "refund:r-1", PRICE);

        assertThat(gateway.refund(refund)).isInstanceOf(Reply.Taken.class);

        assertThat(awaitCallbacks(1)).containsExactly(
                new GatewayRefund("gw-r-1", "refund:r-1", GatewayStatus.SUCCEEDED, null));
        assertThat(gateway.refund("gw-r-1").orElseThrow().status()).isEqualTo(GatewayStatus.SUCCEEDED);
    }

    @Test
    void aRefundForNothingTheLedgerKnowsIsRefused() {
        assertThatThrownBy(() -> gateway.refund(new RefundRequest("gw-r-1", "r-1", PRICE)))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void knobsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> GatewayScenario.of(null, -1L, null, null, null, null, null, null))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> GatewayScenario.of(null, null, 1000, null, null, null, null, null))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void theStatementListsWhatSucceededWithTheAmountThatMovedOnceEachInCompletionOrder() {
        Money less = Money.of("80.00", "CNY");
        gateway.scenarios().set("pay-1", GatewayScenario.of(null, 5L, 2, true, null, null, less, null));
        gateway.scenarios().set("pay-failed", scenario("FAIL", false, 0, false));
        gateway.pay(PAYMENT);
        String transaction = gateway.payment("pay-1").orElseThrow().transactionId();
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.statement(TODAY).lines().size() == 1);
        gateway.pay(new PaymentRequest("pay-failed", PRICE, "refused"));
        gateway.refund(new RefundRequest("gw-r-1", "refund:r-1", Money.of("30.00", "CNY")));
        awaitCallbacks(7);

        assertThat(gateway.statement(TODAY).lines()).containsExactly(
                new Line(transaction, Type.PAYMENT, "pay-1", less, NOW),
                new Line("gw-r-1", Type.REFUND, "refund:r-1", Money.of("30.00", "CNY"), NOW));
        assertThat(gateway.statement(TODAY.plusDays(1)).lines()).isEmpty();
    }

    @Test
    void differencesArePlantedInTheStatementByReferenceOrTransaction() {
        gateway.pay(PAYMENT);
        gateway.pay(new PaymentRequest("pay-2", PRICE, "a second"));
        gateway.refund(new RefundRequest("gw-r-1", "return:pay-1:late", PRICE));
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.statement(TODAY).lines().size() == 3);
        List<Line> real = gateway.statement(TODAY).lines();
        Line pay1 = real.stream().filter(line -> line.reference().equals("pay-1")).findFirst().orElseThrow();
        Line pay2 = real.stream().filter(line -> line.reference().equals("pay-2")).findFirst().orElseThrow();
        Line refund = real.stream().filter(line -> line.type() == Type.REFUND).findFirst().orElseThrow();

        GatewayStatement planted = gateway.statement(TODAY, new StatementEdits(List.of("pay-1"), List.of("gw-r-1"),
                Map.of(pay2.transactionId(), new BigDecimal("12.34")),
                List.of(new StatementEdits.Extra(Type.PAYMENT, "pay-ghost", Money.of("9.99", "CNY"), null, null))));

        assertThat(planted.lines()).containsExactlyInAnyOrder(pay2.withAmount(new BigDecimal("12.34")), refund, refund,
                new Line("sim-extra-2026-03-01-1", Type.PAYMENT, "pay-ghost", Money.of("9.99", "CNY"),
                        Instant.parse("2026-03-01T23:59:59Z")));
        assertThat(planted.lines()).doesNotContain(pay1);
        assertThat(planted.lines().get(planted.lines().size() - 1).reference()).isEqualTo("pay-ghost");
    }

    @Test
    void aPlantedDifferenceThatNamesNothingOnTheStatementIsRefused() {
        assertThatThrownBy(() -> gateway.statement(TODAY, new StatementEdits(List.of("pay-nobody"), null, null, null)))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("pay-nobody");
        assertThatThrownBy(() -> new StatementEdits(null, null, null,
                List.of(new StatementEdits.Extra(null, "pay-x", PRICE, null, null))).applyTo(new GatewayStatement(List.of()), TODAY))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("type");
    }

    private static GatewayScenario scenario(String outcome, boolean reorder, int duplicates, boolean drop) {
        return GatewayScenario.of(GatewayScenario.Outcome.valueOf(outcome), 5L, duplicates, reorder, drop, null, null, null);
    }

    private List<Object> awaitCallbacks(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.sent().size() >= count);
        return callbacks.sent();
    }
}
