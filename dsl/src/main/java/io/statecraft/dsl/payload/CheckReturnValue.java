package io.statecraft.dsl.payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks DSL types whose methods return a new value instead of changing the receiver, so that IDEs
 * and Error Prone (which match the simple name) flag a call whose result is dropped:
 *
 * <pre>{@code
 * TaskStep charge = task("Charge", lambdaInvoke("charge"));
 * charge.retry(retryOn(States.ALL));   // flagged: the retry is lost
 * charge = charge.retry(retryOn(States.ALL));
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface CheckReturnValue {}
