package dev.orderledger.projections.order;

import dev.orderledger.api.payment.ReturnId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A pay order of two orders as each of them shows it: its own charge, its own returns, the times of each status. */
class PaymentViewTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T08:00:00Z");
    private static final OrderId FIRST = OrderId.of("1740816000000001001");
    private static final OrderId SECOND = OrderId.of("1740816000000001002");

    @Test
    void eachOrderSeesItsOwnChargeAndTheWholePayOrder() {
        PaymentView payment = paymentOfTwoOrders();

        PaymentDetail first = payment.toDetail(FIRST.value());

        assertThat(first.charge().orderId()).isEqualTo(FIRST);
        assertThat(first.charge().amount()).isEqualTo(cny("60.00"));
        assertThat(first.charge().funding().coins()).isEqualTo(cny("10.00"));
        assertThat(first.payAmount()).isEqualTo(cny("100.00"));
        assertThat(first.status()).isEqualTo(PaymentStatus.P1_PENDING);
        assertThat(payment.orderIds()).containsExactly(FIRST.value(), SECOND.value());
    }

    @Test
    void eachStatusKeepsTheTimeItWasReachedAndAFailureItsReason() {
        PaymentView payment = paymentOfTwoOrders();
        payment.reached(PaymentStatus.P5_PAYMENT_INITIALIZED, null, CREATED.plusSeconds(1));
        payment.reached(PaymentStatus.P9_FAILED, "card declined", CREATED.plusSeconds(2));

        PaymentDetail detail = payment.toDetail(FIRST.value());

        assertThat(detail.status()).isEqualTo(PaymentStatus.P9_FAILED);
        assertThat(detail.statusReason()).isEqualTo("card declined");
        assertThat(detail.times()).containsExactly(
                entry(PaymentStatus.P1_PENDING, CREATED),
                entry(PaymentStatus.P5_PAYMENT_INITIALIZED, CREATED.plusSeconds(1)),
                entry(PaymentStatus.P9_FAILED, CREATED.plusSeconds(2)));
    }

    @Test
    void timesKeptInJsonAreToTheMicrosecondLikeTheTimeColumns() {
        PaymentView payment = paymentOfTwoOrders();
        payment.reached(PaymentStatus.P7_PROCESSING, null, Instant.parse("2025-03-01T08:00:01.123456789Z"));

        assertThat(payment.toDetail(FIRST.value()).times().get(PaymentStatus.P7_PROCESSING))
                .isEqualTo(Instant.parse("2025-03-01T08:00:01.123456Z"));
    }

    @Test
    void aReturnForOneOrderConcernsThatOrderOnlyAndCashTakenAfterCancellationConcernsThemAll() {
        PaymentView payment = paymentOfTwoOrders();
        Funding back = new Funding(cny("50.00"), cny("10.00"), cny("0.00"));
        payment.returnRequested("ret-1", SECOND, back, "order refused the charge", CREATED.plusSeconds(5));
        payment.returnRequested("ret-late", null, new Funding(cny("90.00"), cny("0.00"), cny("0.00")), "late", CREATED);
        payment.returnSettled("ret-1", PaymentDetail.ReturnStatus.RETURNED, "gw-9", null, CREATED.plusSeconds(9));

        assertThat(payment.ordersOfReturn("ret-1")).containsExactly(SECOND.value());
        assertThat(payment.ordersOfReturn("ret-late")).containsExactly(FIRST.value(), SECOND.value());
        assertThat(payment.toDetail(FIRST.value()).returns()).extracting(PaymentDetail.Return::returnId)
                .containsExactly(ReturnId.of("ret-late"));
        PaymentDetail.Return returned = payment.toDetail(SECOND.value()).returns().get(0);
        assertThat(returned.status()).isEqualTo(PaymentDetail.ReturnStatus.RETURNED);
        assertThat(returned.gatewayReference()).isEqualTo("gw-9");
        assertThat(returned.requestedAt()).isEqualTo(CREATED.plusSeconds(5));
        assertThat(returned.updatedAt()).isEqualTo(CREATED.plusSeconds(9));
    }

    private static PaymentView paymentOfTwoOrders() {
        return new PaymentView(new PayOrderCreatedEvent(dev.orderledger.api.payment.PayOrderId.of("pay-1"), UserId.of("buyer-1"), List.of(FIRST, SECOND),
                List.of(new OrderCharge(FIRST, cny("60.00"), new Funding(cny("50.00"), cny("10.00"), cny("0.00"))),
                        new OrderCharge(SECOND, cny("40.00"), new Funding(cny("40.00"), cny("0.00"), cny("0.00")))),
                PaymentMethod.GATEWAY_CARD, cny("100.00"), cny("90.00"), cny("10.00"), cny("0.00"), CREATED), 0);
    }

    private static Map.Entry<PaymentStatus, Instant> entry(PaymentStatus status, Instant at) {
        return Map.entry(status, at);
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
