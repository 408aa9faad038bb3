package dev.orderledger.api.bounds;

import dev.orderledger.api.money.Money;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount a request may carry: more than zero (or zero too, where {@link #zero()} allows it), at
 * most {@value #MAX} of its currency, in a currency that has minor units. {@link Money} itself
 * refuses more decimals than the currency has. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Amount.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    /** The largest amount of any currency one request may name. */
    String MAX = "1000000000";

    /** Whether zero is allowed (a threshold, a part of a payment); negative never is. */
    boolean zero() default false;

    String message() default "must be more than 0 and at most " + MAX + ", in a currency with minor units";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<Amount, Money> {

        private static final BigDecimal LARGEST = new BigDecimal(MAX);
        private boolean zero;

        @Override
        public void initialize(Amount amount) {
            zero = amount.zero();
        }

        @Override
        public boolean isValid(Money money, ConstraintValidatorContext context) {
            if (money == null) {
                return true;
            }
            int sign = money.amount().signum();
            boolean valid = (sign > 0 || zero && sign == 0) && money.amount().compareTo(LARGEST) <= 0
                    && money.currency().getDefaultFractionDigits() >= 0;
            if (!valid && zero) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        "must be 0 or more and at most " + MAX + ", in a currency with minor units").addConstraintViolation();
            }
            return valid;
        }
    }
}
