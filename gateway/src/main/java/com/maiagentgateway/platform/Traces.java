package com.maiagentgateway.platform;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The gateway's one door to OpenTelemetry (MicroProfile Telemetry): the current trace's id, spans of its own where the
 * server's instrumentation does not reach (the JDK client that carries streams, a webhook reply's fan-out), and the W3C
 * {@code traceparent} to send on. Where the server has no OpenTelemetry (a WildFly without its subsystem) or tracing is
 * off, every span is a no-op, and the trace id is the caller's own {@code traceparent}'s, when it sent one.
 */
public final class Traces {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");
    /** Per request, on the thread serving it (set and cleared by api/CallerTraceListener): nothing to share across nodes. */
    private static final ThreadLocal<String> CALLERS_TRACE = new ThreadLocal<>();
    private static final boolean OPEN_TELEMETRY = visible("io.opentelemetry.api.trace.Span")
            && visible("io.opentelemetry.context.Context");

    private Traces() {
    }

    /** The id of the trace this thread works in: the server's span's, else the caller's traceparent's, else none. */
    public static Optional<String> currentTraceId() {
        if (OPEN_TELEMETRY) {
            String id = OpenTelemetryTraces.currentTraceId();
            if (id != null) {
                return Optional.of(id);
            }
        }
        return Optional.ofNullable(CALLERS_TRACE.get());
    }

    /** A span of the gateway's own, a child of the current one. {@code client}: a call out (to MaiAgent). */
    public static TraceSpan start(String name, boolean client) {
        return OPEN_TELEMETRY ? OpenTelemetryTraces.start(name, client, null) : TraceSpan.NONE;
    }

    /** A call out (to MaiAgent) made on another thread: a child of the span {@code traceparent} names, else of the current one. */
    public static TraceSpan startChildOf(String name, String traceparent) {
        return OPEN_TELEMETRY ? OpenTelemetryTraces.startChildOf(name, traceparent) : TraceSpan.NONE;
    }

    /** A span started on another thread or node, linked to the span that {@code traceparent} names (when it names one). */
    public static TraceSpan startLinkedTo(String name, String traceparent) {
        return OPEN_TELEMETRY ? OpenTelemetryTraces.start(name, false, traceparent) : TraceSpan.NONE;
    }

    /** The current span as a W3C traceparent (to carry across a queue or a NOTIFY), or null. */
    public static String currentTraceparent() {
        return OPEN_TELEMETRY ? OpenTelemetryTraces.currentTraceparent() : null;
    }

    /**
     * While a request is served: the trace id its caller sent (W3C {@code traceparent}), for when no span of the
     * server's own is there to name one. {@link #forgetCaller()} when the request's thread is done with it.
     */
    public static void callerSent(String traceparent) {
        CALLERS_TRACE.set(traceIdOf(traceparent));
    }

    public static void forgetCaller() {
        CALLERS_TRACE.remove();
    }

    /** The trace id in a W3C traceparent; null when it is not one (or names the invalid all-zero trace). */
    static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        var parts = TRACEPARENT.matcher(traceparent.trim().toLowerCase(java.util.Locale.ROOT));
        return parts.matches() && !parts.group(1).chars().allMatch(c -> c == '0') ? parts.group(1) : null;
    }

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, Traces.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /** While a span is the current one; closing it does not end the span. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    /** A span the gateway started; ended once, by {@link #close()}. */
    public interface TraceSpan extends AutoCloseable {

        TraceSpan NONE = new TraceSpan() {
        };

        default TraceSpan attribute(String key, String value) {
            return this;
        }

        default TraceSpan attribute(String key, long value) {
            return this;
        }

        /** Marks the span failed with this cause (its class and message; never a body or a key). */
        default TraceSpan failed(Throwable cause) {
            return this;
        }

        /** Makes this span the current one on this thread until the scope closes: spans started within are its children. */
        default Scope makeCurrent() {
            return () -> { };
        }

        /** Adds this span's W3C traceparent (and tracestate) to a call going out. */
        default void sendWith(BiConsumer<String, String> header) {
        }

        @Override
        default void close() {
        }
    }
}
