package com.maiagentgateway.service;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that leaves its trace in the audit trail: who, this action, on which target ({@link AuditTarget}),
 * and how it ended. A method returning a {@code CompletionStage} is audited when the stage completes, by the node's
 * trail writer ({@link LaterAuditEntries}).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The action as the trail names it: {@code conversation.create}. */
    @Nonbinding
    String value() default "";

    /**
     * Whether the entry goes to the node's trail writer ({@link LaterAuditEntries}), milliseconds after the answer,
     * rather than into a transaction of its own before it: for the API's calls that come by the thousand (completions),
     * whose own transaction was more than half of the gateway's work on them. A node that crashes loses what it had
     * queued; administrative changes stay written before their answer.
     */
    @Nonbinding
    boolean queued() default false;
}
