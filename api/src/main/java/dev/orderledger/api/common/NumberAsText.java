package dev.orderledger.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request that a client may also give as a JSON whole number, read as its
 * decimal text: the identifiers of the seeds' product format ({@code "categoryId": 1003001}). Every
 * other text field must be a JSON string; a number, fraction or boolean there is refused.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface NumberAsText {
}
