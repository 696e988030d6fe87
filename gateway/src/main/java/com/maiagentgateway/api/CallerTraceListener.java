package com.maiagentgateway.api;

import com.maiagentgateway.platform.Traces;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Notes the trace id a caller's {@code traceparent} names, before authentication runs, so that a problem answered
 * where the server keeps no span of its own (tracing off, or a server without OpenTelemetry) still names the
 * caller's trace.
 */
@WebListener
public class CallerTraceListener implements ServletRequestListener {

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            Traces.callerSent(request.getHeader("traceparent"));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        Traces.forgetCaller();
    }
}
