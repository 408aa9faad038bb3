package dev.orderledger.notification.feed;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.CancellationReason;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderCancelledEvent;
import dev.orderledger.api.order.OrderDeliveredEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderRejectedEvent;
import dev.orderledger.api.order.OrderShippedEvent;
import dev.orderledger.api.order.OrderStatus;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundCompletedEvent;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderUnderReviewEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.risk.ReviewDecision;
import dev.orderledger.api.risk.ReviewRule;
import dev.orderledger.api.refund.RefundRejectedEvent;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.notification.NotificationKind;
import dev.orderledger.api.notification.NotificationKind.Audience;
import dev.orderledger.notification.OrderNews;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Each event that is news becomes one piece of news of its kind, with the details its texts need. */
class NotificationFeedTest {

    private static final OrderId ORDER = OrderId.of("1795300000000002001");
    private static final RefundId REFUND = RefundId.of("r-1");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Money TEN = Money.of("10.00", "CNY");
    private static final Money ZERO = Money.of("0.00", "CNY");

    private final Parties parties = mock(Parties.class);
    private final NewsPublisher publisher = mock(NewsPublisher.class);
    private final NotificationFeed feed = new NotificationFeed(parties, publisher);

    @Test
    void placementNotesTheOrdersPartiesAndTellsNothingYet() {
        feed.on(new OrderPlacedEvent(ORDER, UserId.of("10000001"), UserId.of("10000002"), OrderType.PHYSICAL, List.of(), TEN,
                null, AT, AT.plusSeconds(1800), null, null));

        verify(parties).orderPlaced(ORDER, UserId.of("10000001"), UserId.of("10000002"));
        verify(publisher, never()).publish(any());
    }

    @Test
    void aConfirmedPlacementIsPlacedNewsAwaitingPayment() {
        feed.on(new OrderAwaitingPaymentEvent(ORDER, List.of(ZERO), ZERO, TEN, null, 0), "event-1", AT);

        OrderNews news = published();
        assertThat(news.eventId()).isEqualTo("event-1");
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_PLACED);
        assertThat(news.kind().orderStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(news.at()).isEqualTo(AT);
        assertThat(news.text(Audience.BUYER)).isEqualTo("Your order 1795300000000002001 is placed and awaits payment.");
        assertThat(news.text(Audience.SELLER)).isEqualTo("New order 1795300000000002001 awaits the buyer's payment.");
    }

    @Test
    void paymentIsPaidNewsThatTheBuyerAlsoGetsBySms() {
        feed.on(new OrderPaidEvent(ORDER, PayOrderId.of("pay-1"), new Funding(TEN, ZERO, ZERO), AT), "event-2", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_PAID);
        assertThat(news.kind().smsToBuyer()).isTrue();
        assertThat(news.details()).containsEntry("amount", "10.00 CNY");
        assertThat(news.text(Audience.BUYER)).isEqualTo("Your order 1795300000000002001 is paid.");
    }

    @Test
    void shippingNamesTheCarrierAndTheTrackingNumber() {
        feed.on(new OrderShippedEvent(ORDER, "SF Express", "SF123", 1, AT), "event-3", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_SHIPPED);
        assertThat(news.kind().smsToBuyer()).isTrue();
        assertThat(news.text(Audience.BUYER)).isEqualTo("Your order 1795300000000002001 has shipped (SF Express SF123).");
    }

    @Test
    void deliveryIsNotSentBySms() {
        feed.on(new OrderDeliveredEvent(ORDER, AT), "event-4", AT);

        assertThat(published().kind().smsToBuyer()).isFalse();
    }

    @Test
    void aCancellationAndARefusedPlacementAreBothCancelledNewsSayingWhyInWords() {
        feed.on(new OrderCancelledEvent(ORDER, CancellationReason.PAYMENT_TIMEOUT, AT), "event-5", AT);
        feed.on(new OrderRejectedEvent(ORDER, CancellationReason.STOCK_SHORTAGE, "no stock", AT), "event-6", AT);

        ArgumentCaptor<OrderNews> news = ArgumentCaptor.forClass(OrderNews.class);
        verify(publisher, org.mockito.Mockito.times(2)).publish(news.capture());
        assertThat(news.getAllValues()).extracting(OrderNews::kind).containsOnly(NotificationKind.ORDER_CANCELLED);
        assertThat(news.getAllValues().get(0).text(Audience.BUYER))
                .isEqualTo("Your order 1795300000000002001 was cancelled (payment timeout).");
        assertThat(news.getAllValues().get(1).text(Audience.SELLER))
                .isEqualTo("Order 1795300000000002001 was cancelled (stock shortage).");
    }

    @Test
    void aRefundsDecisionIsToldForItsOrderWithTheSellersReason() {
        when(parties.orderOf(REFUND)).thenReturn(Optional.of(ORDER));

        feed.on(new RefundRejectedEvent(REFUND, UserId.of("10000002"), "not returned", AT), "event-7", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.REFUND_DECIDED);
        assertThat(news.orderId()).isEqualTo(ORDER);
        assertThat(news.refundId()).isEqualTo(REFUND);
        assertThat(news.details()).containsEntry("reason", "not returned");
        assertThat(news.text(Audience.BUYER))
                .isEqualTo("Your refund r-1 for order 1795300000000002001 was rejected by the seller.");
    }

    @Test
    void theDecisionOnARefundOfAnUnknownOrderIsNotTold() {
        when(parties.orderOf(REFUND)).thenReturn(Optional.empty());

        feed.on(new RefundApprovedEvent(REFUND, UserId.of("10000002"), AT), "event-8", AT);

        verify(publisher, never()).publish(any());
    }

    @Test
    void aCompletedRefundIsRefundedNewsWithItsAmountAndAnSms() {
        feed.on(new RefundCompletedEvent(REFUND, ORDER, TEN, AT), "event-9", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_REFUNDED);
        assertThat(news.kind().smsToBuyer()).isTrue();
        assertThat(news.text(Audience.BUYER)).isEqualTo("10.00 CNY of your order 1795300000000002001 was refunded.");
    }

    @Test
    void anOrderUnderReviewIsToldAsAwaitingConfirmationAndNeverWhy() {
        feed.on(new OrderUnderReviewEvent(ORDER, UserId.of("10000001"), UserId.of("10000002"), TEN,
                List.of(ReviewRule.BLACKLISTED), ZERO, null, 0, AT.plusSeconds(7200), ReviewDecision.APPROVE, AT), "event-11", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_UNDER_REVIEW);
        assertThat(news.kind().orderStatus()).isEqualTo(OrderStatus.UNDER_REVIEW);
        assertThat(news.text(Audience.BUYER)).isEqualTo(
                "Your order 1795300000000002001 is awaiting confirmation; you can pay it once it is confirmed.");
        assertThat(news.details()).isEmpty();
    }

    @Test
    void aShortageIsToldWithItsUnitsAndWhatGoesBackRatherThanAsARefundRequest() {
        RefundLine line = new RefundLine(1, new SkuRef(ProductId.of("tee"), SkuId.of("tee-m")), 2, TEN);
        feed.on(new RefundOpenedEvent(REFUND, ORDER, UserId.of("10000001"), UserId.of("10000002"), RefundKind.SHORTAGE, false,
                false, List.of(line), TEN, new Funding(TEN, ZERO, ZERO), false, MarketingRequest.NONE, "broken", AT), "event-12", AT);

        OrderNews news = published();
        assertThat(news.kind()).isEqualTo(NotificationKind.ORDER_SHORTAGE);
        assertThat(news.text(Audience.BUYER)).isEqualTo(
                "The seller cannot supply 2 units of line 1 of your order 1795300000000002001; 10.00 CNY is refunded to you.");
    }

    @Test
    void aMissingDetailLeavesItsPlaceholderRatherThanFailingTheEvent() {
        feed.on(new OrderShippedEvent(ORDER, "SF Express", null, 1, AT), "event-10", AT);

        assertThat(published().text(Audience.SELLER)).isEqualTo("Order 1795300000000002001 has shipped (SF Express {trackingNumber}).");
    }

    private OrderNews published() {
        ArgumentCaptor<OrderNews> news = ArgumentCaptor.forClass(OrderNews.class);
        verify(publisher).publish(news.capture());
        return news.getValue();
    }
}
