package com.maiagentgateway.service;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that leaves its trace in the audit trail: who, this action, on which target ({@link AuditTarget}),
 * and how it ended. A method returning a {@code CompletionStage} is audited when the stage completes.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The action as the trail names it: {@code conversation.create}. */
    @Nonbinding
    String value() default "";
}
