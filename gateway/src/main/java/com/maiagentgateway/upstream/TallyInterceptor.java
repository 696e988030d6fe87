package com.maiagentgateway.upstream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Tallies each facade call as its caller sees it: placed before Fault Tolerance's interceptor (which sits at
 * PLATFORM_AFTER + 10), it sees one outcome per call after the retries, and the breaker's refusals.
 */
@Tallied
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TallyInterceptor {

    @Inject
    MaiAgentTally tally;

    @AroundInvoke
    Object tally(InvocationContext call) throws Exception {
        Object result;
        try {
            result = call.proceed();
        } catch (RuntimeException failure) {
            tally.ended(failure);
            throw failure;
        }
        if (result instanceof CompletionStage<?> later) {
            later.whenComplete((answer, failure) -> tally.ended(failure));
        } else {
            tally.ended(null);
        }
        return result;
    }

    /** Whether the breaker refused the call (an open breaker), for the tally. */
    static boolean paused(Throwable failure) {
        return failure instanceof CircuitBreakerOpenException;
    }
}
