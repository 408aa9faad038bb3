package dev.orderledger.api.money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    /** Lines of an order (1 to 30, each 0.00 to 100000.00) and a discount no larger than their total. */
    record Case(List<Money> lines, Money discount) {
    }

    @Provide
    Arbitrary<Case> orders() {
        return Arbitraries.longs().between(0, 10_000_000).list().ofMinSize(1).ofMaxSize(30)
                .flatMap(units -> {
                    long total = units.stream().mapToLong(Long::longValue).sum();
                    return Arbitraries.longs().between(0, total).map(discount -> new Case(
                            units.stream().map(AllocationTest::cny).toList(), cny(discount)));
                });
    }

    @Property
    void sharesAddUpExactlyToTheDiscount(@ForAll("orders") Case order) {
        List<Money> shares = Allocation.proportional(order.discount(), order.lines());

        assertThat(shares).hasSameSizeAs(order.lines());
        assertThat(shares.stream().reduce(Money.zero(CNY), Money::plus)).isEqualTo(order.discount());
    }

    @Property
    void noLineGoesNegativeOrGetsMoreThanItCosts(@ForAll("orders") Case order) {
        List<Money> shares = Allocation.proportional(order.discount(), order.lines());

        for (int i = 0; i < shares.size(); i++) {
            assertThat(shares.get(i).isNegative()).isFalse();
            assertThat(order.lines().get(i).minus(shares.get(i)).isNegative()).isFalse();
        }
    }

    @Property
    void refundingEveryLineReturnsExactlyWhatWasPaid(@ForAll("orders") Case order) {
        List<Money> shares = Allocation.proportional(order.discount(), order.lines());
        Money paid = order.lines().stream().reduce(Money.zero(CNY), Money::plus).minus(order.discount());

        Money refunded = Money.zero(CNY);
        for (int i = 0; i < shares.size(); i++) {
            refunded = refunded.plus(order.lines().get(i).minus(shares.get(i)));
        }

        assertThat(refunded).isEqualTo(paid);
    }

    @Property
    void theSameInputGivesTheSameSplit(@ForAll("orders") Case order) {
        assertThat(Allocation.proportional(order.discount(), order.lines()))
                .isEqualTo(Allocation.proportional(order.discount(), order.lines()));
    }

    @Property
    void sharesAreWithinOneMinorUnitOfTheExactProportion(@ForAll("orders") Case order) {
        List<Money> shares = Allocation.proportional(order.discount(), order.lines());
        BigDecimal total = order.lines().stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return;
        }
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal exact = order.discount().amount().multiply(order.lines().get(i).amount())
                    .divide(total, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(shares.get(i).amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }

    @Example
    void aCentLeftOverGoesToTheLargestRemainderThenToTheFirstLine() {
        List<Money> shares = Allocation.proportional(cny(100), List.of(cny(100), cny(100), cny(100)));

        assertThat(shares).containsExactly(cny(34), cny(33), cny(33));
    }

    @Example
    void aDiscountLargerThanTheLinesIsRefused() {
        assertThatThrownBy(() -> Allocation.proportional(cny(1001), List.of(cny(500), cny(500))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void currenciesMustMatch() {
        assertThatThrownBy(() -> Allocation.proportional(Money.of("1", "JPY"), List.of(cny(500))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Money cny(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2), CNY);
    }
}
