package dev.orderledger.command.marketing;

import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.marketing.QuoteCouponQuery;
import dev.orderledger.api.money.Money;
import dev.orderledger.command.reading.AggregateReads;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** What a coupon would take off an amount, decided by the coupon itself (checkout shares it out before redeeming). */
@Component
class CouponQuoteQueryHandler {

    private final Repository<Coupon> coupons;

    CouponQuoteQueryHandler(@Qualifier("couponRepository") Repository<Coupon> coupons) {
        this.coupons = coupons;
    }

    @QueryHandler
    Money handle(QuoteCouponQuery query) throws Exception {
        return AggregateReads.answer(query, () -> {
            try {
                return coupons.load(query.couponId().value()).invoke(coupon -> coupon.quote(query.buyer(), query.amount(), query.at()));
            } catch (AggregateNotFoundException e) {
                throw new ResourceNotFound("no coupon " + query.couponId());
            }
        });
    }
}
