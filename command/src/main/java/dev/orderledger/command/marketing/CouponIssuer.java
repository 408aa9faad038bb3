package dev.orderledger.command.marketing;

import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.marketing.CouponGrantedEvent;
import dev.orderledger.api.marketing.IssueCouponCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Issues a coupon: the template counts it and the coupon comes into being in one unit of work. */
@Component
class CouponIssuer {

    private final Repository<CouponTemplate> templates;
    private final Repository<Coupon> coupons;

    CouponIssuer(@Qualifier("couponTemplateRepository") Repository<CouponTemplate> templates,
                 @Qualifier("couponRepository") Repository<Coupon> coupons) {
        this.templates = templates;
        this.coupons = coupons;
    }

    @CommandHandler
    CouponId handle(IssueCouponCommand command) throws Exception {
        CouponGrantedEvent granted;
        try {
            granted = templates.load(command.templateId().value())
                    .invoke(template -> template.issue(command.couponId(), command.userId(), command.at()));
        } catch (AggregateNotFoundException e) {
            throw new ResourceNotFound("no coupon template " + command.templateId());
        }
        coupons.newInstance(() -> new Coupon(granted));
        return command.couponId();
    }
}
