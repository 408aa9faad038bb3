package dev.orderledger.api.bounds;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

/** The instant or day lies in the {@link SupportedTime supported calendar} (null is left to {@code @NotNull}). */
@Documented
@Constraint(validatedBy = {InCalendar.ForInstant.class, InCalendar.ForDay.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InCalendar {

    String message() default SupportedTime.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class ForInstant implements ConstraintValidator<InCalendar, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || SupportedTime.contains(value);
        }
    }

    final class ForDay implements ConstraintValidator<InCalendar, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || SupportedTime.contains(value);
        }
    }
}
