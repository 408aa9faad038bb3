package dev.orderledger.finance;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.inventory.ReleaseReason;
import dev.orderledger.api.inventory.ReservedStockDeductedEvent;
import dev.orderledger.api.inventory.StockAdjustedEvent;
import dev.orderledger.api.inventory.StockLevels;
import dev.orderledger.api.inventory.StockReceivedEvent;
import dev.orderledger.api.inventory.StockReservationReleasedEvent;
import dev.orderledger.api.inventory.StockReservedEvent;
import dev.orderledger.api.inventory.StockRestockedEvent;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.marketing.CouponRedeemedEvent;
import dev.orderledger.api.marketing.CouponRedemptionRolledBackEvent;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderAwaitingPaymentEvent;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPaidEvent;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.OrderCharge;
import dev.orderledger.api.payment.PayOrderCreatedEvent;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentSucceededEvent;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundReleasedEvent;
import dev.orderledger.api.refund.RefundRequestedEvent;
import dev.orderledger.finance.Discrepancy.Check;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.orderledger.finance.StoredHistory.AT;
import static dev.orderledger.finance.StoredHistory.cny;
import static org.assertj.core.api.Assertions.assertThat;

/** The payment, refund, stock and coupon checks on hand-made histories, without Spring or a database. */
class HistoryChecksTest {

    private static final OrderId ORDER = OrderId.of("2026010200000000001");
    private static final String PAY_ORDER = "pay-1";
    private static final String BUYER = "10000001";
    private static final AccountId CLEARING = AccountId.platform(AccountKind.PLATFORM_CLEARING, PAY_ORDER);
    private static final SkuRef SKU = new SkuRef(ProductId.of("lamp"), SkuId.of("red"));

    private final StoredHistory history = new StoredHistory();

    @Test
    void aPaidOrderWhoseJournalHasItsAmountsIsClean() {
        paidThroughTheGateway("80.00", "15.00", "5.00");
        history.add(new OrderPaidEvent(ORDER, PayOrderId.of(PAY_ORDER), funding("80.00", "15.00", "5.00"), AT));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).as(report.summary()).isEmpty();
        assertThat(report.payOrdersPaid()).isEqualTo(1);
        assertThat(report.paymentsInFlight()).isZero();
    }

    @Test
    void aJournalEntryOfAnotherAmountThanThePaymentIsNamed() {
        history.add(created("80.00", "0", "0", PaymentMethod.GATEWAY_CARD));
        history.transfer("pay-in:" + PAY_ORDER, AccountId.platform(AccountKind.PLATFORM_GATEWAY, PAY_ORDER),
                AccountId.buyerWallet(UserId.of(BUYER)), "80.00", PAY_ORDER);
        history.transfer("pay:" + PAY_ORDER, AccountId.buyerWallet(UserId.of(BUYER)), CLEARING, "79.00", PAY_ORDER);
        history.add(succeeded("80.00"));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).as(report.summary()).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.PAYMENT);
            assertThat(found.subject()).isEqualTo(PAY_ORDER);
            assertThat(found.transferId()).isEqualTo("pay:" + PAY_ORDER);
            assertThat(found.amount()).isEqualTo("80.00 CNY");
            assertThat(found.account()).isEqualTo(AccountId.buyerWallet(UserId.of(BUYER)).toString());
            assertThat(found.globalIndexes()).hasSize(3);
            assertThat(found.detail()).isEqualTo("pay order pay-1 took 80.00 CNY but its journal entry moved 79.00 CNY");
        });
    }

    @Test
    void aJournalEntryFromAnotherBuyersWalletIsNamed() {
        history.add(created("80.00", "0", "0", PaymentMethod.LEDGER_WALLET));
        history.transfer("pay:" + PAY_ORDER, AccountId.buyerWallet(UserId.of("10000099")), CLEARING, "80.00", PAY_ORDER);
        history.add(succeeded("80.00"));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::detail).containsExactly("pay order pay-1's entry pay:pay-1"
                + " moves money from buyer-wallet:10000099 to " + CLEARING + ", not from buyer-wallet:" + BUYER
                + " to platform-clearing:");
    }

    @Test
    void aMissingEntryIsInFlightWhileRecentAndWrongAfterwards() {
        history.add(created("80.00", "0", "0", PaymentMethod.GATEWAY_CARD));
        history.add(succeeded("80.00"));

        ReconciliationReport recent = history.reconcile(AT.plusSeconds(60));
        assertThat(recent.discrepancies()).isEmpty();
        assertThat(recent.paymentsInFlight()).isEqualTo(1);

        ReconciliationReport later = history.reconcile(AT.plusSeconds(3600));
        assertThat(later.paymentsInFlight()).isZero();
        assertThat(later.discrepancies()).extracting(Discrepancy::transferId).containsExactlyInAnyOrder("pay:" + PAY_ORDER,
                "pay-in:" + PAY_ORDER);
        assertThat(later.discrepancies()).extracting(Discrepancy::detail)
                .contains("pay order pay-1 took 80.00 CNY but the journal has no entry pay-in:pay-1");
    }

    @Test
    void anOrderPaidOtherwiseThanItsPayOrderChargedItIsNamed() {
        paidThroughTheGateway("80.00", "15.00", "5.00");
        history.add(new OrderPaidEvent(ORDER, PayOrderId.of(PAY_ORDER), funding("85.00", "10.00", "5.00"), AT));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.PAYMENT);
            assertThat(found.orderReference()).isEqualTo(ORDER.value());
            assertThat(found.detail()).isEqualTo("order " + ORDER + " was paid 100.00 CNY (cash 85.00, coins 10.00, voucher 5.00);"
                    + " pay order pay-1 charged it 100.00 CNY (cash 80.00, coins 15.00, voucher 5.00)");
        });
    }

    @Test
    void partialRefundsUpToTheLineAreCleanAndOneMoreIsNamed() {
        placed();
        history.add(refund("r-1", 1, "30.00"));
        history.add(refund("r-2", 2, "60.00"));
        assertThat(history.reconcile().discrepancies()).isEmpty();

        history.add(refund("r-3", 1, "30.00"));
        ReconciliationReport report = history.reconcile();
        assertThat(report.refunds()).isEqualTo(3);
        assertThat(report.discrepancies()).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.REFUND_LIMIT);
            assertThat(found.subject()).isEqualTo(ORDER + "/line 1");
            assertThat(found.orderReference()).isEqualTo(ORDER.value());
            assertThat(found.amount()).isEqualTo("120.00 CNY");
            assertThat(found.globalIndexes()).hasSize(4);
            assertThat(found.detail()).isEqualTo("3 refunds take 4 units and 120.00 CNY of line 1, which sold 3 units for 90.00 CNY");
        });

        history.add(new RefundReleasedEvent(ORDER, RefundId.of("r-3"), AT));
        assertThat(history.reconcile().discrepancies()).as("a released refund no longer counts").isEmpty();
    }

    @Test
    void aRefundOfALineInAnotherCurrencyIsNamed() {
        placed();
        Money dollars = Money.of("30.00", "USD");
        history.add(new RefundRequestedEvent(ORDER, RefundId.of("r-1"), RefundKind.BUYER, List.of(new RefundLine(1, SKU, 1, dollars)),
                dollars, new Funding(dollars, Money.of("0", "USD"), Money.of("0", "USD")), AT));

        assertThat(history.reconcile().discrepancies()).filteredOn(found -> found.check() == Check.REFUND_LIMIT)
                .extracting(Discrepancy::detail)
                .containsExactly("refunds of line 1 take 30.00 USD, another currency than the line's 90.00 CNY");
    }

    @Test
    void anOrderPaidInSeveralCurrenciesIsNamed() {
        paidThroughTheGateway("80.00", "0", "0");
        history.add(new OrderPaidEvent(ORDER, PayOrderId.of(PAY_ORDER), new Funding(cny("80.00"), Money.of("1.00", "USD"), cny("0")), AT));

        assertThat(history.reconcile().discrepancies()).extracting(Discrepancy::detail)
                .contains("order " + ORDER + " was paid cash 80.00 CNY, coins 1.00 USD, voucher 0.00 CNY by pay order "
                        + PAY_ORDER + ": several currencies");
    }

    @Test
    void theLineLimitIsWhatWasPayableAfterTheOrdersDiscount() {
        placed();
        history.add(new OrderAwaitingPaymentEvent(ORDER, List.of(cny("9.00")), cny("9.00"), cny("81.00"), CouponId.of("c-1"), 0));
        history.add(refund("r-1", 3, "90.00"));

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::detail)
                .containsExactly("1 refund takes 3 units and 90.00 CNY of line 1, which sold 3 units for 81.00 CNY");
    }

    @Test
    void aJournalGivingBackMoreThanTheOrderWasPaidIsNamed() {
        paidThroughTheGateway("90.00", "0", "0");
        history.add(new OrderPaidEvent(ORDER, PayOrderId.of(PAY_ORDER), funding("90.00", "0", "0"), AT));
        placed();
        history.add(refund("r-1", 1, "30.00"));
        history.transfer("refund-cash:r-1", CLEARING, AccountId.buyerWallet(UserId.of(BUYER)), "95.00", ORDER.value());

        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::check).containsExactly(Check.REFUND_LIMIT, Check.CLEARING);
        assertThat(report.discrepancies()).filteredOn(found -> found.check() == Check.REFUND_LIMIT).singleElement().satisfies(found -> {
            assertThat(found.check()).isEqualTo(Check.REFUND_LIMIT);
            assertThat(found.subject()).isEqualTo(ORDER.value());
            assertThat(found.amount()).isEqualTo("95.00 CNY");
            assertThat(found.detail()).isEqualTo("the journal gives back 95.00 CNY for the refunds of order " + ORDER
                    + ", which was paid 90.00 CNY");
        });
    }

    @Test
    void anOrderNeverPaysOutOfClearingMoreThanCameInForIt() {
        paidThroughTheGateway("90.00", "0", "0");
        history.add(new OrderPaidEvent(ORDER, PayOrderId.of(PAY_ORDER), funding("90.00", "0", "0"), AT));
        placed();
        AccountId seller = AccountId.seller(UserId.of("20000001"));
        history.transfer("settle:" + ORDER, CLEARING, seller, "90.00", ORDER.value());
        history.add(refund("r-1", 1, "30.00"));
        history.transfer("chargeback:r-1", seller, CLEARING, "30.00", ORDER.value());
        history.transfer("refund-cash:r-1", CLEARING, AccountId.buyerWallet(UserId.of(BUYER)), "30.00", ORDER.value());
        assertThat(history.reconcile().discrepancies()).as("refunded after settlement: charged back first").isEmpty();

        history.transfer("refund-cash:r-1-again", CLEARING, AccountId.buyerWallet(UserId.of(BUYER)), "1.00", ORDER.value());
        history.add(refund("r-1-again", 1, "1.00"));
        ReconciliationReport report = history.reconcile();

        assertThat(report.discrepancies()).extracting(Discrepancy::check, Discrepancy::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Check.CLEARING, "order " + ORDER + " paid out 121.00 CNY (settlement and refunds)"
                        + " but took in 120.00 CNY (payments and chargebacks)"));
    }

    @Test
    void stockMovedBetweenItsLevelsIsCleanAndALostOrChangedMovementIsNamed() {
        history.add(new StockReceivedEvent(SKU, UserId.of(BUYER), 10, "receipt-1", new StockLevels(10, 0, 0)));
        history.add(new StockReservedEvent(SKU, ORDER, 3, AT, new StockLevels(7, 3, 0)));
        history.add(new ReservedStockDeductedEvent(SKU, ORDER, 3, new StockLevels(7, 0, 3)));
        history.add(new StockRestockedEvent(SKU, ORDER, 1, "refund-1", new StockLevels(8, 0, 2)));
        history.add(new StockReservedEvent(SKU, OrderId.of("2026010200000000002"), 2, AT, new StockLevels(6, 2, 2)));
        history.add(new StockReservationReleasedEvent(SKU, OrderId.of("2026010200000000002"), 2, ReleaseReason.EXPIRED,
                new StockLevels(8, 0, 2)));
        history.add(new StockAdjustedEvent(SKU, -1, "broken", new StockLevels(7, 0, 2)));
        ReconciliationReport clean = history.reconcile();
        assertThat(clean.discrepancies()).as(clean.summary()).isEmpty();
        assertThat(clean.skus()).isEqualTo(1);

        history.events.set(2, new ReservedStockDeductedEvent(SKU, ORDER, 3, new StockLevels(7, 0, 4)));
        ReconciliationReport changed = history.reconcile();
        assertThat(changed.discrepancies()).extracting(Discrepancy::check, Discrepancy::subject).containsOnly(
                org.assertj.core.groups.Tuple.tuple(Check.STOCK, SKU.toString()));
        assertThat(changed.discrepancies()).extracting(Discrepancy::detail).contains(
                "after a sale of 3 units the levels are 7 on hand, 0 reserved, 4 sold; the levels before,"
                + " 7 on hand, 3 reserved, 0 sold, and the sale make 7 on hand, 0 reserved, 3 sold");

        history.events.set(2, new ReservedStockDeductedEvent(SKU, ORDER, 3, new StockLevels(7, 0, 3)));
        history.events.remove(0);
        ReconciliationReport lost = history.reconcile();
        assertThat(lost.discrepancies()).extracting(Discrepancy::detail).contains(
                "on hand + reserved + sold is 9 units (7 on hand, 0 reserved, 2 sold), but -1 were received and adjusted");
    }

    @Test
    void aCouponHeldByOneOrderAtATime() {
        OrderId other = OrderId.of("2026010200000000002");
        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, cny("5.00"), AT));
        history.add(new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, AT));
        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), other, cny("5.00"), AT));
        assertThat(history.reconcile().discrepancies()).isEmpty();

        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, cny("5.00"), AT));
        history.add(new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), other, AT));
        ReconciliationReport report = history.reconcile();

        assertThat(report.couponsRedeemed()).isEqualTo(3);
        assertThat(report.discrepancies()).extracting(Discrepancy::check).containsOnly(Check.COUPON);
        assertThat(report.discrepancies()).extracting(Discrepancy::detail).containsExactlyInAnyOrder(
                "coupon c-1 was redeemed for order " + ORDER + " while order " + other + " still held it",
                "coupon c-1 was given back by order " + other + ", which did not hold it; order " + ORDER + " did");
        assertThat(report.discrepancies().get(0).globalIndexes()).containsExactly(3L, 4L);
    }

    @Test
    void aCouponThatPaysForACheckoutIsHeldByItsOrdersTogether() {
        OrderId other = OrderId.of("2026010200000000002");
        OrderId stranger = OrderId.of("2026010200000000003");
        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), ORDER, cny("6.00"), AT, "checkout-1"));
        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), other, cny("4.00"), AT, "checkout-1"));
        history.add(new CouponRedemptionRolledBackEvent(CouponId.of("c-1"), ORDER, AT));
        assertThat(history.reconcile().discrepancies()).isEmpty();

        history.add(new CouponRedeemedEvent(CouponId.of("c-1"), stranger, cny("5.00"), AT, "checkout-2"));

        assertThat(history.reconcile().discrepancies()).extracting(Discrepancy::detail).containsExactly(
                "coupon c-1 was redeemed for order " + stranger + " while order " + other + " still held it");
    }

    /** A pay order paid through the gateway, its journal as the payment process writes it. */
    private void paidThroughTheGateway(String cash, String coins, String voucher) {
        history.add(created(cash, coins, voucher, PaymentMethod.GATEWAY_CARD));
        transferUnlessZero("coins:", AccountId.buyerCoins(UserId.of(BUYER)), CLEARING, coins);
        transferUnlessZero("voucher:", AccountId.platform(AccountKind.PLATFORM_MARKETING, PAY_ORDER), CLEARING, voucher);
        transferUnlessZero("pay-in:", AccountId.platform(AccountKind.PLATFORM_GATEWAY, PAY_ORDER), AccountId.buyerWallet(UserId.of(BUYER)), cash);
        transferUnlessZero("pay:", AccountId.buyerWallet(UserId.of(BUYER)), CLEARING, cash);
        history.add(succeeded(cash));
    }

    /** The payment process records no entry of nothing. */
    private void transferUnlessZero(String kind, AccountId from, AccountId to, String amount) {
        if (cny(amount).isPositive()) {
            history.transfer(kind + PAY_ORDER, from, to, amount, PAY_ORDER);
        }
    }

    private static PayOrderCreatedEvent created(String cash, String coins, String voucher, PaymentMethod method) {
        Funding funding = funding(cash, coins, voucher);
        return new PayOrderCreatedEvent(PayOrderId.of(PAY_ORDER), UserId.of(BUYER), List.of(ORDER), List.of(new OrderCharge(ORDER, funding.total(), funding)),
                method, funding.total(), funding.cash(), funding.coins(), funding.voucher(), AT);
    }

    private static PaymentSucceededEvent succeeded(String cash) {
        return new PaymentSucceededEvent(PayOrderId.of(PAY_ORDER), "tx-1", cny(cash), List.of(ORDER), AT);
    }

    private static Funding funding(String cash, String coins, String voucher) {
        return new Funding(cny(cash), cny(coins), cny(voucher));
    }

    /** An order of one line: 3 units at 30.00. */
    private void placed() {
        Money price = cny("30.00");
        history.add(new OrderPlacedEvent(ORDER, UserId.of(BUYER), UserId.of("20000001"), OrderType.PHYSICAL,
                List.of(new OrderLine(1, SKU.productId(), SKU.skuId(), SnapshotId.of("snap-1"), "Lamp", 3, price, cny("0.00"), cny("90.00"))),
                cny("90.00"), null, AT, AT.plusSeconds(1800), MarketingRequest.NONE, null));
    }

    private static RefundRequestedEvent refund(String refundId, int units, String amount) {
        return new RefundRequestedEvent(ORDER, RefundId.of(refundId), RefundKind.BUYER, List.of(new RefundLine(1, SKU, units, cny(amount))),
                cny(amount), funding(amount, "0", "0"), AT);
    }
}
