package com.maiagentgateway.service;

import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.store.AuditEntry.Outcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.maiagentgateway.security.ClientIdentity;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/** Runs a write and leaves its trace: who, what, on which target, and how it ended. */
@ApplicationScoped
public class AuditedWrites {

    @Inject
    AuditTrail trail;

    @Inject
    SecurityContext security;

    @Inject
    Instance<HttpServletRequest> request;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

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

    /**
     * As {@link #run}, for a write that ends later: the caller is noted now (the request may be over
     * by then), the trace is left when the stage completes, on a managed thread (the JPA write needs one).
     */
    public <T> CompletionStage<T> runAsync(String action, String target, Function<T, String> targetOf, Supplier<CompletionStage<T>> write) {
        String actor = actor();
        CompletionStage<T> started;
        try {
            started = write.get();
        } catch (RuntimeException failure) {
            started = CompletableFuture.failedFuture(failure);
        }
        return started.whenCompleteAsync((result, failure) -> {
            if (failure == null) {
                trail.record(actor, action, targetOf == null ? target : targetOf.apply(result), Outcome.SUCCESS, null);
            } else {
                Throwable cause = AsyncFailures.cause(failure);
                trail.record(actor, action, target, Outcome.FAILURE, cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            }
        }, executor);
    }

    /** The client application behind the call (and which key), the signed-in caller's name, or "anonymous". */
    public String actor() {
        ClientIdentity application = currentApplication();
        if (application != null) {
            return application.actor();
        }
        Principal caller = security.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }

    private ClientIdentity currentApplication() {
        try {
            return ClientIdentity.of(request.get());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
