package com.maiagentgateway.service;

import com.maiagentgateway.store.AuditEntry.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a write and leaves its trace: who, what, on which target, and how it ended. */
@ApplicationScoped
public class AuditedWrites {

    @Inject
    AuditTrail trail;

    @Inject
    SecurityContext security;

    /** {@code targetOf} names the target from the result (e.g. a new conversation's id). */
    public <T> T run(String action, String target, Function<T, String> targetOf, Supplier<T> write) {
        String actor = actor();
        try {
            T result = write.get();
            trail.record(actor, action, targetOf == null ? target : targetOf.apply(result), Outcome.SUCCESS, null);
            return result;
        } catch (RuntimeException failure) {
            trail.record(actor, action, target, Outcome.FAILURE, failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
            throw failure;
        }
    }

    /** The signed-in caller's name, or "anonymous". */
    public String actor() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }
}
