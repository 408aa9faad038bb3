package dev.orderledger.projections.order;

import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.payment.PayOrderId;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.catalog.CategoryId;
import dev.orderledger.api.catalog.BrandId;
import dev.orderledger.api.catalog.AttributeId;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.ItemSnapshot;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderDetail;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderPlacedEvent;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.ShippingAddress;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.payment.PaymentDetail;
import dev.orderledger.api.payment.PaymentMethod;
import dev.orderledger.api.payment.PaymentStatus;
import dev.orderledger.api.product.Attribute;
import dev.orderledger.api.product.ProductCreatedEvent;
import dev.orderledger.api.product.ProductPresentation;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.ProductType;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuSpec;
import dev.orderledger.api.refund.RefundDetail;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The order view and the item snapshots it shows, without a database: what the rows turn into for readers. */
class OrderViewTest {

    private static final Instant PLACED = Instant.parse("2025-03-01T08:00:00Z");
    private static final ProductId TEE = ProductId.of("tee");
    private static final SkuId RED = SkuId.of("tee-red");
    private static final SkuId BLUE = SkuId.of("tee-blue");
    private static final Attribute COTTON = new Attribute(AttributeId.of("material"), "material", "cotton");
    private static final ProductCreatedEvent TEE_CREATED = new ProductCreatedEvent(TEE, UserId.of("seller-1"), ProductType.PHYSICAL,
            CategoryId.of("tops"), BrandId.of("brand-1"), "Acme", "Tee", "a tee", List.of(COTTON),
            List.of(new SkuSpec(RED, "Tee red", cny("80.00"), List.of(new Attribute(AttributeId.of("colour"), "colour", "red"))),
                    new SkuSpec(BLUE, "Tee blue", cny("80.00"), List.of(new Attribute(AttributeId.of("colour"), "colour", "blue")))),
            SnapshotId.of("digest-1"), null);

    @Test
    void eachLineShowsTheItemSnapshotItWasSoldAsWithItsOwnSku() {
        ItemSnapshotView snapshot = new ItemSnapshotView(TEE_CREATED, PLACED);

        OrderDetail detail = placed(line(1, RED, "digest-1"), line(2, BLUE, "digest-1"))
                .toDetail(line -> snapshot.forSku(line.skuId()), List.of(), List.of(), List.of());

        ItemSnapshot red = detail.lines().get(0).snapshot();
        assertThat(red.snapshotId()).isEqualTo(SnapshotId.of("digest-1"));
        assertThat(red.productName()).isEqualTo("Tee");
        assertThat(red.brandName()).isEqualTo("Acme");
        assertThat(red.basicAttributes()).containsExactly(COTTON);
        assertThat(red.skuName()).isEqualTo("Tee red");
        assertThat(red.price()).isEqualTo(cny("80.00"));
        assertThat(red.salesAttributes()).extracting(Attribute::value).containsExactly("red");
        assertThat(detail.lines().get(1).snapshot().skuName()).isEqualTo("Tee blue");
        assertThat(detail.lines().get(0).payable()).isEqualTo(cny("160.00"));
    }

    @Test
    void aLineWhoseSnapshotTheViewsHaveNotSeenHasNoSnapshotRatherThanNoLine() {
        OrderDetail detail = placed(line(1, RED, "digest-unknown")).toDetail(line -> null, List.of(), List.of(), List.of());

        assertThat(detail.lines()).hasSize(1);
        assertThat(detail.lines().get(0).snapshot()).isNull();
    }

    @Test
    void aPriceChangeGivesTheNextSnapshotTheNewPriceOfThatSkuOnly() {
        ItemSnapshotView before = new ItemSnapshotView(TEE_CREATED, PLACED);

        ItemSnapshotView after = before.withPrice("digest-2", RED, cny("70.00"), PLACED.plusSeconds(60));

        assertThat(after.snapshotId()).isEqualTo("digest-2");
        assertThat(after.forSku(RED).price()).isEqualTo(cny("70.00"));
        assertThat(after.forSku(BLUE).price()).isEqualTo(cny("80.00"));
        assertThat(before.forSku(RED).price()).as("orders sold before keep their price").isEqualTo(cny("80.00"));
    }

    @Test
    void aNewPresentationGivesTheNextSnapshotTheItemAsNowShownAndAPriceChangeKeepsIt() {
        ItemSnapshotView before = new ItemSnapshotView(TEE_CREATED, PLACED);
        ProductPresentation shown = new ProductPresentation(List.of("https://img.example.com/tee.jpg"), List.of("cotton"),
                "two for one", LocalDate.of(2026, 3, 1));

        ItemSnapshotView presented = before.withPresentation("digest-2", shown, PLACED.plusSeconds(60));
        ItemSnapshotView repriced = presented.withPrice("digest-3", RED, cny("70.00"), PLACED.plusSeconds(120));

        assertThat(before.forSku(RED).presentation()).as("sold before it was shown so").isNull();
        assertThat(presented.snapshotId()).isEqualTo("digest-2");
        assertThat(presented.forSku(RED).presentation()).isEqualTo(shown);
        assertThat(presented.forSku(RED).price()).isEqualTo(cny("80.00"));
        assertThat(repriced.forSku(RED).presentation()).isEqualTo(shown);
        assertThat(presented.withPresentation("digest-1", ProductPresentation.NONE, PLACED).forSku(RED).presentation())
                .as("showing nothing again").isNull();
    }

    @Test
    void thePaymentStatusIsTheLatestPayOrdersAndOnlyRefundsPaidBackCountAsRefunded() {
        OrderDetail detail = placed(line(1, RED, "digest-1")).toDetail(line -> null,
                List.of(payment("pay-1", PaymentStatus.P9_FAILED), payment("pay-2", PaymentStatus.P8_SUCCESS)),
                List.of(refund("r-paid", RefundStatus.R10_REFUNDED), refund("r-open", RefundStatus.APPROVED)),
                List.of());

        assertThat(detail.paymentStatus()).isEqualTo(PaymentStatus.P8_SUCCESS);
        assertThat(detail.refundedAmount()).isEqualTo(cny("80.00"));
    }

    @Test
    void anOrderWithoutPayOrdersHasNotStartedPaying() {
        OrderDetail detail = placed(line(1, RED, "digest-1")).toDetail(line -> null, List.of(), List.of(), List.of());

        assertThat(detail.paymentStatus()).isEqualTo(PaymentStatus.P0_NOT_STARTED);
        assertThat(detail.refundedAmount()).isEqualTo(cny("0.00"));
        assertThat(detail.fulfillment().status().name()).isEqualTo("F0_NOT_STARTED");
    }

    @Test
    void anEventAtOrBeforeTheLastAppliedSequenceIsRecognisedAsApplied() {
        OrderView order = placed(line(1, RED, "digest-1"));
        order.applied(3, PLACED.plusSeconds(5));

        assertThat(order.hasApplied(2)).isTrue();
        assertThat(order.hasApplied(3)).isTrue();
        assertThat(order.hasApplied(4)).isFalse();
        assertThat(order.toDetail(line -> null, List.of(), List.of(), List.of()).updatedAt()).isEqualTo(PLACED.plusSeconds(5));
    }

    private static OrderView placed(OrderLine... lines) {
        Money total = List.of(lines).stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        return new OrderView(new OrderPlacedEvent(OrderId.of("1740816000000001001"), UserId.of("buyer-1"), UserId.of("seller-1"),
                OrderType.PHYSICAL, List.of(lines), total,
                new ShippingAddress("Ann", "+86 138 0000 0000", "Shanghai", "1 Nanjing Rd", "200000"),
                PLACED, PLACED.plusSeconds(1800), MarketingRequest.NONE, null), 0);
    }

    private static OrderLine line(int lineNo, SkuId sku, String snapshotId) {
        return new OrderLine(lineNo, TEE, sku, SnapshotId.of(snapshotId), "Tee", 2, cny("80.00"), cny("0.00"), cny("160.00"));
    }

    private static PaymentDetail payment(String payOrderId, PaymentStatus status) {
        return new PaymentDetail(PayOrderId.of(payOrderId), status, PaymentMethod.GATEWAY_CARD, cny("160.00"), cny("160.00"),
                cny("0.00"), cny("0.00"), null, null, null, PLACED, PLACED, Map.of(status, PLACED), List.of());
    }

    private static RefundDetail refund(String refundId, RefundStatus status) {
        return new RefundDetail(RefundId.of(refundId), RefundKind.BUYER, status, List.of(), cny("80.00"),
                new Funding(cny("80.00"), cny("0.00"), cny("0.00")), false, "too small", null, null, null, PLACED,
                PLACED, Map.of(RefundStatus.REQUESTED, PLACED, status, PLACED));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
