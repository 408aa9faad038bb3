package dev.orderledger.api.product;

import dev.orderledger.api.common.InvalidValue;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What buyers think of an item, as the platform's review system counts it: how many reviews it has
 * and their stars added up (every review gives one to five). The average is exact, {@code stars /
 * reviews}; it is shown to one decimal and sorted by in thousandths of a star. Sellers never set it.
 * No reviews: not rated.
 */
public record Rating(long reviews, long stars) {

    public static final long MAX_REVIEWS = 1_000_000_000L;
    public static final long MAX_STARS = 5 * MAX_REVIEWS;

    public Rating {
        if (reviews < 0 || reviews > MAX_REVIEWS) {
            throw new InvalidValue("reviews", "must be 0 to " + MAX_REVIEWS);
        }
        if (stars < reviews || stars > 5 * reviews) {
            throw new InvalidValue("stars", "must lie between reviews and 5 times reviews: each review gives 1 to 5 stars");
        }
    }

    public boolean rated() {
        return reviews > 0;
    }

    /** The average in thousandths of a star, rounded down (13 stars of 3 reviews: 4333); 0 when not rated. */
    public long averageMilli() {
        return rated() ? stars * 1000 / reviews : 0;
    }

    /** The average to one decimal, rounded half up ("4.3"); null when not rated. */
    public String average() {
        return rated() ? BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(reviews), 1, RoundingMode.HALF_UP).toPlainString()
                : null;
    }
}
