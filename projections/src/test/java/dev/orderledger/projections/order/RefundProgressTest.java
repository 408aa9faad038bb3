package dev.orderledger.projections.order;

import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.ItemStatus;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderRefundStatus;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.product.SnapshotId;
import dev.orderledger.api.refund.RefundDetail;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RefundProgressTest {

    private static final Instant AT = Instant.parse("2026-12-06T06:00:00Z");
    private static final OrderLine TEES = line(1, "tee", 3);
    private static final OrderLine MUG = line(2, "mug", 1);

    @Test
    void noRefundLeavesTheLinesAsSoldOrShipped() {
        RefundProgress progress = new RefundProgress(List.of());

        assertThat(progress.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.NONE);
        assertThat(progress.of(TEES, false).kind()).isEqualTo(ItemStatus.Kind.NORMAL);
        assertThat(progress.of(TEES, true).kind()).isEqualTo(ItemStatus.Kind.SHIPPED);
    }

    @Test
    void aRefundUnderWayShowsOnItsLinesAndOnTheOrder() {
        RefundProgress progress = new RefundProgress(List.of(refund(RefundStatus.APPROVED, TEES, 2)));

        assertThat(progress.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.IN_PROGRESS);
        assertThat(progress.of(TEES, true)).isEqualTo(new ItemStatus(ItemStatus.Kind.REFUND_IN_PROGRESS, 3, 2, 0, 0));
        assertThat(progress.of(MUG, true).kind()).isEqualTo(ItemStatus.Kind.SHIPPED);
    }

    @Test
    void refundedUnitsCountOnceTheMoneyWentBackAndAClosedRefundNotAtAll() {
        RefundProgress part = new RefundProgress(List.of(refund(RefundStatus.COMPLETED, TEES, 1),
                refund(RefundStatus.CLOSED, MUG, 1)));
        assertThat(part.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.PARTLY_REFUNDED);
        assertThat(part.of(TEES, true)).isEqualTo(new ItemStatus(ItemStatus.Kind.REFUNDED, 3, 0, 1, 0));
        assertThat(part.of(MUG, true).kind()).isEqualTo(ItemStatus.Kind.SHIPPED);

        RefundProgress all = new RefundProgress(List.of(refund(RefundStatus.R10_REFUNDED, TEES, 3),
                refund(RefundStatus.RESTOCKED, MUG, 1)));
        assertThat(all.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.FULLY_REFUNDED);
    }

    @Test
    void unitsReportedShortNameTheLineWhileTheirRefundRunsAndOnceItIsDone() {
        RefundProgress running = new RefundProgress(List.of(refund(RefundKind.SHORTAGE, RefundStatus.APPROVED, TEES, 2)));
        assertThat(running.of(TEES, false)).isEqualTo(new ItemStatus(ItemStatus.Kind.SHORT, 3, 2, 0, 2));
        assertThat(running.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.IN_PROGRESS);

        RefundProgress done = new RefundProgress(List.of(refund(RefundKind.SHORTAGE, RefundStatus.COMPLETED, TEES, 2),
                refund(RefundStatus.COMPLETED, MUG, 1)));
        assertThat(done.of(TEES, true)).isEqualTo(new ItemStatus(ItemStatus.Kind.SHORT, 3, 0, 2, 2));
        assertThat(done.of(MUG, true)).isEqualTo(new ItemStatus(ItemStatus.Kind.REFUNDED, 1, 0, 1, 0));
        assertThat(done.of(List.of(TEES, MUG))).isEqualTo(OrderRefundStatus.PARTLY_REFUNDED);
    }

    private static OrderLine line(int lineNo, String product, int quantity) {
        Money unit = Money.of("10.00", "CNY");
        return new OrderLine(lineNo, ProductId.of(product), SkuId.of(product + "-1"), SnapshotId.of("s-" + product), product,
                quantity, unit, Money.of("0.00", "CNY"), unit.times(quantity));
    }

    private static RefundDetail refund(RefundStatus status, OrderLine line, int units) {
        return refund(RefundKind.BUYER, status, line, units);
    }

    private static RefundDetail refund(RefundKind kind, RefundStatus status, OrderLine line, int units) {
        Money amount = line.unitPrice().times(units);
        return new RefundDetail(RefundId.of("r-" + line.lineNo() + "-" + status), kind, status,
                List.of(new RefundLine(line.lineNo(), new SkuRef(line.productId(), line.skuId()), units, amount)), amount,
                new Funding(amount, Money.of("0.00", "CNY"), Money.of("0.00", "CNY")), false, null, null, null, null, AT, AT,
                Map.of(status, AT));
    }
}
