package dev.orderledger.saga.simulator.gateway;

import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.money.Money;
import dev.orderledger.saga.gateway.GatewayPayment;
import dev.orderledger.saga.gateway.GatewayRefund;
import dev.orderledger.saga.gateway.GatewayStatus;
import dev.orderledger.saga.gateway.PaymentRequest;
import dev.orderledger.saga.gateway.RefundRequest;
import dev.orderledger.saga.simulator.RecordingCallbacks;
import dev.orderledger.saga.simulator.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class SimulatedGatewayTest {

    private static final Money PRICE = Money.of("90.00", "CNY");
    private static final PaymentRequest PAYMENT = new PaymentRequest("pay-1", PRICE, "two teacups");

    private final RecordingCallbacks callbacks = new RecordingCallbacks();
    private final SimulatedGateway gateway = new SimulatedGateway(callbacks.script());

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

    private static GatewayScenario scenario(String outcome, boolean reorder, int duplicates, boolean drop) {
        return GatewayScenario.of(GatewayScenario.Outcome.valueOf(outcome), 5L, duplicates, reorder, drop, null, null, null);
    }

    private List<Object> awaitCallbacks(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.sent().size() >= count);
        return callbacks.sent();
    }
}
