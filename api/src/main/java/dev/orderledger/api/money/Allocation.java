package dev.orderledger.api.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount (a discount, a coupon, a refund) over parts in proportion to their weights (the
 * lines' amounts), to the minor unit, so that the shares add up exactly to the amount. Each part
 * first gets the floor of its exact share; the minor units left over go one each to the parts with
 * the largest remainders, ties going to the earlier part. The same input always gives the same split.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * @param amount  what to split; not negative and not more than the weights together
     * @param weights the parts' amounts, in the amount's currency, none negative
     * @return one share per weight, each between zero and its weight, adding up to {@code amount}
     */
    public static List<Money> proportional(Money amount, List<Money> weights) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot allocate a negative amount: " + amount);
        }
        BigInteger total = minor(amount);
        List<BigInteger> units = weights.stream().map(weight -> {
            if (weight.isNegative()) {
                throw new IllegalArgumentException("weights cannot be negative: " + weight);
            }
            if (!weight.currency().equals(amount.currency())) {
                throw new IllegalArgumentException("cannot allocate " + amount.currency() + " over " + weight.currency());
            }
            return minor(weight);
        }).toList();
        BigInteger sum = units.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.compareTo(sum) > 0) {
            throw new IllegalArgumentException("cannot allocate " + amount + " over parts worth less");
        }
        if (total.signum() == 0) {
            return weights.stream().map(weight -> Money.zero(amount.currency())).toList();
        }
        List<BigInteger> shares = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger weight : units) {
            BigInteger[] division = total.multiply(weight).divideAndRemainder(sum);
            shares.add(division[0]);
            remainders.add(division[1]);
        }
        long leftOver = total.subtract(shares.stream().reduce(BigInteger.ZERO, BigInteger::add)).longValueExact();
        IntStream.range(0, units.size()).boxed()
                .sorted(Comparator.comparing((Integer index) -> remainders.get(index)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(leftOver)
                .forEach(index -> shares.set(index, shares.get(index).add(BigInteger.ONE)));
        int scale = amount.currency().getDefaultFractionDigits();
        return shares.stream().map(share -> new Money(new BigDecimal(share, scale), amount.currency())).toList();
    }

    private static BigInteger minor(Money money) {
        return money.amount().movePointRight(money.currency().getDefaultFractionDigits()).toBigIntegerExact();
    }
}
