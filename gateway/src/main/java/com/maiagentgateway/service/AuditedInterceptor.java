package com.maiagentgateway.service;

import com.maiagentgateway.model.AuditOutcome;
import com.maiagentgateway.model.AuditSubject;
import com.maiagentgateway.platform.AsyncFailures;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Parameter;
import java.util.concurrent.CompletionStage;

/**
 * Leaves the trace of every {@link Audited} write. It runs outside the write's own transaction (before
 * {@code @Transactional}'s interceptor), so a success is written only once the write committed; the trail's own
 * entry has a transaction of its own (or the trail writer's, when {@link Audited#queued()}), so a failed write still
 * leaves its trace.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 150)
public class AuditedInterceptor {

    @Inject
    AuditTrail trail;

    @Inject
    AuditActor actor;

    @Inject
    LaterAuditEntries laterEntries;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Audited onMethod = invocation.getMethod().getAnnotation(Audited.class);
        Audited audited = onMethod != null ? onMethod : invocation.getTarget().getClass().getAnnotation(Audited.class);
        String action = audited.value();
        String who = actor.current();
        String target = targetOf(invocation);
        Object result;
        try {
            result = invocation.proceed();
        } catch (RuntimeException failure) {
            write(audited.queued(), who, action, target, AuditOutcome.FAILURE, describe(failure));
            throw failure;
        }
        if (result instanceof CompletionStage<?> later) {
            // The request may be over when it ends: its entry is queued, for a managed thread to write.
            return later.whenComplete((done, failure) -> {
                if (failure == null) {
                    laterEntries.add(who, action, targetAfter(done, target), AuditOutcome.SUCCESS, null);
                } else {
                    laterEntries.add(who, action, target, AuditOutcome.FAILURE, describe(AsyncFailures.cause(failure)));
                }
            });
        }
        write(audited.queued(), who, action, targetAfter(result, target), AuditOutcome.SUCCESS, null);
        return result;
    }

    private void write(boolean queued, String who, String action, String target, AuditOutcome outcome, String detail) {
        if (queued) {
            laterEntries.add(who, action, target, outcome, detail);
        } else {
            trail.record(who, action, target, outcome, detail);
        }
    }

    static String targetOf(InvocationContext invocation) {
        Parameter[] parameters = invocation.getMethod().getParameters();
        Object[] arguments = invocation.getParameters();
        String target = null;
        for (int i = 0; i < parameters.length; i++) {
            AuditTarget marked = parameters[i].getAnnotation(AuditTarget.class);
            String named = marked == null ? null : name(marked.value(), arguments[i]);
            if (named != null) {
                target = named;
            }
        }
        return target;
    }

    private static String name(String what, Object argument) {
        if (argument == null) {
            return null;
        }
        if (argument instanceof AuditSubject subject) {
            return subject.auditTarget();
        }
        return what.isEmpty() ? argument.toString() : what + " " + argument;
    }

    private static String targetAfter(Object result, String before) {
        String after = result instanceof AuditSubject subject ? subject.auditTarget() : null;
        return after == null ? before : after;
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
