package dev.orderledger.query.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query endpoint that reads the read models of these processing groups. When the request
 * carries a consistency token (header {@code X-Consistency-Token} or parameter {@code consistentWith}),
 * the endpoint first waits until each group has processed the write the token stands for; without a
 * token it reads the read model as it is.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadYourWrites {

    /** The processing groups whose read models the endpoint reads. */
    String[] value();
}
