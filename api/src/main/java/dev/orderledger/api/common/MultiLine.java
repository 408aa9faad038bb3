package dev.orderledger.api.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request where a line break makes sense (a description, a reason, a note, a
 * street address): it may hold line feeds and carriage returns. Every other text field is one line.
 * No text field holds NUL, another control character (tab excepted), DEL or an unpaired surrogate.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface MultiLine {
}
