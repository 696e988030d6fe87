package com.maiagentgateway.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parameter of an {@link Audited} write that names its target: {@code "<value> <argument>"}, or the argument's
 * own {@link com.maiagentgateway.model.AuditSubject#auditTarget()}. Where several are marked, the last one that
 * names something wins (the most specific comes last: a conversation over the chatbot asked in it).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditTarget {

    /** What the argument is ("conversation", "web chat"); empty: the argument names itself. */
    String value() default "";
}
