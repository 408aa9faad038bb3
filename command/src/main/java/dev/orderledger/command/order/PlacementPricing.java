package dev.orderledger.command.order;

import dev.orderledger.api.bounds.OrderSize;
import dev.orderledger.api.security.UserId;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.money.Allocation;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.LineRequest;
import dev.orderledger.api.order.OrderLine;
import dev.orderledger.api.order.OrderType;
import dev.orderledger.api.order.PlaceOrderCommand;
import dev.orderledger.api.order.Presale;
import dev.orderledger.command.product.Catalogue;
import dev.orderledger.command.product.SaleableSku;

import java.util.ArrayList;
import java.util.List;

/**
 * The placement policy (seed 003 "创单"): what an order of the requested lines is, priced from the
 * catalogue at this moment, and on what terms. An order holds the goods of one seller, of one kind
 * (physical, virtual, or presale with one balance window), in one currency, each SKU once; a
 * physical order has a shipping address. Each line costs its SKU's current unit price times its
 * quantity, and a presale line asks its deposit per unit. Placement's discount is then shared among
 * the lines in proportion to their totals, so that a refund of any line returns what it cost.
 */
final class PlacementPricing {

    static final int MAX_LINES = OrderSize.MAX_LINES;
    static final int MAX_QUANTITY = OrderSize.MAX_QUANTITY;

    private PlacementPricing() {
    }

    /** An order as priced at placement: its seller, kind, lines, total, and a presale's terms (null otherwise). */
    record PricedOrder(UserId sellerId, OrderType type, List<OrderLine> lines, Money total, Presale presale) {
    }

    static PricedOrder price(PlaceOrderCommand command, Catalogue catalogue) {
        List<SaleableSku> skus = saleable(command.lines(), catalogue);
        SaleableSku first = skus.get(0);
        if (skus.stream().anyMatch(sku -> !sku.sellerId().equals(first.sellerId()))) {
            throw new BusinessRuleViolation("MIXED_SELLERS", "an order holds the items of one seller; split the checkout");
        }
        OrderType orderType = typeOf(first);
        if (skus.stream().anyMatch(sku -> typeOf(sku) != orderType)) {
            throw new BusinessRuleViolation("MIXED_TYPES", "physical, virtual and presale goods are ordered separately");
        }
        if (orderType == OrderType.PRESALE && skus.stream().anyMatch(sku ->
                !sku.presale().balanceFrom().equals(first.presale().balanceFrom())
                        || !sku.presale().balanceUntil().equals(first.presale().balanceUntil()))) {
            throw new BusinessRuleViolation("MIXED_PRESALES", "presale goods with different balance windows are ordered separately");
        }
        if (orderType != OrderType.VIRTUAL && command.shippingAddress() == null) {
            throw new BusinessRuleViolation("SHIPPING_ADDRESS_MISSING", "a physical order needs a shipping address");
        }
        List<OrderLine> priced = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            SaleableSku sku = skus.get(i);
            int quantity = command.lines().get(i).quantity();
            Money total = sku.unitPrice().times(quantity);
            priced.add(new OrderLine(i + 1, sku.productId(), sku.skuId(), sku.snapshotId(), sku.productName(),
                    quantity, sku.unitPrice(), Money.zero(total.currency()), total));
        }
        Presale terms = null;
        if (orderType == OrderType.PRESALE) {
            List<Money> lineDeposits = new ArrayList<>();
            for (int i = 0; i < skus.size(); i++) {
                lineDeposits.add(skus.get(i).presale().depositPerUnit().times(priced.get(i).quantity()));
            }
            terms = new Presale(lineDeposits, lineDeposits.stream().reduce(Money::plus).orElseThrow(),
                    first.presale().balanceFrom(), first.presale().balanceUntil());
        }
        return new PricedOrder(first.sellerId(), orderType, priced, totalOf(priced), terms);
    }

    /**
     * Each line's share of placement's discount (coupon and points). The discount is between zero and
     * the order's total, and leaves a presale order, and each of its lines, costing more than its deposit.
     */
    static List<Money> discountShares(Money discount, List<OrderLine> lines, Presale presale) {
        Money total = totalOf(lines);
        if (discount.isNegative() || discount.compareTo(total) > 0) {
            throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "a discount is between zero and the order total " + total);
        }
        if (presale != null && total.minus(discount).compareTo(presale.deposit()) <= 0) {
            throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "a presale discount leaves more to pay than the deposit");
        }
        List<Money> shares = Allocation.proportional(discount, lines.stream().map(OrderLine::lineTotal).toList());
        for (int i = 0; presale != null && i < lines.size(); i++) {
            if (lines.get(i).lineTotal().minus(shares.get(i)).compareTo(presale.lineDeposits().get(i)) < 0) {
                throw new BusinessRuleViolation("DISCOUNT_OUT_OF_RANGE", "line " + lines.get(i).lineNo()
                        + " would cost less than its deposit after the discount");
            }
        }
        return shares;
    }

    static Money totalOf(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
    }

    private static OrderType typeOf(SaleableSku sku) {
        return sku.presale() != null ? OrderType.PRESALE : sku.type().orderType();
    }

    /** The SKUs of the requested lines as the catalogue sells them now, after the lines' own rules. */
    private static List<SaleableSku> saleable(List<LineRequest> lines, Catalogue catalogue) {
        if (lines == null || lines.isEmpty()) {
            throw new BusinessRuleViolation("ORDER_WITHOUT_LINES", "an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new BusinessRuleViolation("TOO_MANY_LINES", "an order holds at most " + MAX_LINES + " lines");
        }
        if (lines.stream().map(line -> List.of(line.productId(), line.skuId())).distinct().count() < lines.size()) {
            throw new BusinessRuleViolation("DUPLICATE_LINE", "each SKU appears once; raise its quantity instead");
        }
        List<SaleableSku> priced = new ArrayList<>();
        for (LineRequest line : lines) {
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                throw new BusinessRuleViolation("QUANTITY_OUT_OF_RANGE",
                        "quantity must be between 1 and " + MAX_QUANTITY);
            }
            priced.add(catalogue.saleable(line.productId(), line.skuId()));
        }
        if (priced.stream().map(sku -> sku.unitPrice().currency()).distinct().count() > 1) {
            throw new BusinessRuleViolation("MIXED_CURRENCIES", "an order is paid in one currency");
        }
        return priced;
    }
}
