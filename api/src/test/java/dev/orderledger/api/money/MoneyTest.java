package dev.orderledger.api.money;

import dev.orderledger.api.common.BusinessRuleViolation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Property
    void addingThenSubtractingGivesBackTheSameAmount(@ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long a,
                                                     @ForAll @LongRange(min = -1_000_000_000, max = 1_000_000_000) long b) {
        Money x = new Money(BigDecimal.valueOf(a, 2), CNY);
        Money y = new Money(BigDecimal.valueOf(b, 2), CNY);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
    }

    @Property
    void amountsAlwaysCarryTheCurrencyScale(@ForAll @LongRange(min = 0, max = 1_000_000) long units,
                                            @ForAll @IntRange(min = 0, max = 2) int scale) {
        Money money = new Money(BigDecimal.valueOf(units, scale), CNY);

        assertThat(money.amount().scale()).isEqualTo(2);
    }

    @Property
    void moreDecimalsThanTheCurrencyAllowsAreRefused(@ForAll @LongRange(min = 1, max = 1_000_000) long units) {
        BigDecimal threeDecimals = BigDecimal.valueOf(units * 10 + 1, 3);

        assertThatThrownBy(() -> new Money(threeDecimals, CNY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void timesIsRepeatedAddition(@ForAll @LongRange(min = 0, max = 1_000_000) long units,
                                 @ForAll @IntRange(min = 0, max = 50) int factor) {
        Money unit = new Money(BigDecimal.valueOf(units, 2), CNY);
        Money sum = Money.zero(CNY);
        for (int i = 0; i < factor; i++) {
            sum = sum.plus(unit);
        }

        assertThat(unit.times(factor)).isEqualTo(sum);
    }

    @Property
    void trailingZerosBeyondTheScaleAreNotExtraDecimals(@ForAll @LongRange(min = 0, max = 1_000_000) long yen) {
        Money money = new Money(new BigDecimal(yen + ".000"), JPY);

        assertThat(money.amount()).isEqualByComparingTo(BigDecimal.valueOf(yen));
        assertThat(money.amount().scale()).isZero();
    }

    @Property
    void differentCurrenciesDoNotMix(@ForAll @LongRange(min = 0, max = 1_000) long units) {
        Money cny = new Money(BigDecimal.valueOf(units), CNY);
        Money jpy = new Money(BigDecimal.valueOf(units), JPY);

        assertThatThrownBy(() -> cny.plus(jpy)).isInstanceOf(BusinessRuleViolation.class)
                .extracting(refusal -> ((BusinessRuleViolation) refusal).reason()).isEqualTo("CURRENCY_MISMATCH");
    }
}
