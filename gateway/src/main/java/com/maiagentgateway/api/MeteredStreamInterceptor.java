package com.maiagentgateway.api;

import com.maiagentgateway.service.UsageCall;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * Hands a {@link MeteredStream} method a sink that meters its call: the first event sent records the time to first
 * event, an {@code error} event whose problem is MaiAgent's failure counts as one, and the stream's end (closed by
 * the gateway, or found closed once the client left) finishes the call. The other half of {@link ClientCallPolicy}.
 */
@MeteredStream
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class MeteredStreamInterceptor {

    @Inject
    HttpServletRequest request;

    @AroundInvoke
    public Object meter(InvocationContext invocation) throws Exception {
        UsageCall call = ClientCallPolicy.meteredCall(request);
        if (call != null) {
            Object[] arguments = invocation.getParameters();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof SseEventSink sink) {
                    arguments[i] = new MeteredEventSink(sink, call);
                }
            }
            invocation.setParameters(arguments);
        }
        return invocation.proceed();
    }
}
