package com.maiagentgateway.api;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that answers with an event stream: its call is metered by the stream ({@link MeteredStreamInterceptor}),
 * from its first event to its end, instead of when the answer's headers go out ({@link ClientCallPolicy}).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeteredStream {
}
