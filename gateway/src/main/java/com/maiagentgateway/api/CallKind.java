package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which operation an API call is, for client applications' scopes, quotas and usage. On a resource class
 * it covers every method; on a method it overrides the class. {@code GatewayApiTest} fails when a resource
 * method has none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CallKind {
    ApiOperation value();

    /** Other operations whose grant lets an application make this call too (listing the models a completion may name). */
    ApiOperation[] grantedBy() default {};
}
