package dev.orderledger.api.marketing;

import dev.orderledger.api.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * What points are worth off an order: {@value #POINTS_PER_UNIT} points are one unit of the order's
 * currency, rounded down to what the currency can express.
 */
public final class PointsValue {

    public static final int POINTS_PER_UNIT = 100;

    private PointsValue() {
    }

    public static Money of(long points, Currency currency) {
        BigDecimal units = BigDecimal.valueOf(points).divide(BigDecimal.valueOf(POINTS_PER_UNIT));
        return new Money(units.setScale(currency.getDefaultFractionDigits(), RoundingMode.DOWN), currency);
    }
}
