package com.maiagentgateway.platform;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@link Traces} on the server's OpenTelemetry. Loaded only where its API is visible to the application, so a server
 * without it never resolves these types.
 */
final class OpenTelemetryTraces {

    private static final String SCOPE = "com.maiagentgateway";
    private static volatile Tracer tracer;

    private OpenTelemetryTraces() {
    }

    static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    static String currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }

    static Traces.TraceSpan start(String name, boolean client, String linkedTraceparent) {
        var builder = tracer().spanBuilder(name).setSpanKind(client ? SpanKind.CLIENT : SpanKind.INTERNAL);
        if (linkedTraceparent != null) {
            SpanContext linked = Span.fromContext(W3CTraceContextPropagator.getInstance()
                    .extract(Context.root(), linkedTraceparent, TRACEPARENT_ONLY)).getSpanContext();
            if (linked.isValid()) {
                builder.addLink(linked);
            }
        }
        return new Started(builder.startSpan());
    }

    static Traces.TraceSpan startChildOf(String name, String traceparent) {
        Context parent = traceparent == null ? Context.current()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
        return new Started(tracer().spanBuilder(name).setSpanKind(SpanKind.CLIENT).setParent(parent).startSpan());
    }

    /** The application's tracer from the server (MicroProfile Telemetry's OpenTelemetry bean): a no-op one when tracing is off. */
    private static Tracer tracer() {
        Tracer current = tracer;
        if (current == null) {
            current = CDI.current().select(OpenTelemetry.class).get().getTracer(SCOPE);
            tracer = current;
        }
        return current;
    }

    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private record Started(Span span) implements Traces.TraceSpan {

        @Override
        public Traces.TraceSpan attribute(String key, String value) {
            span.setAttribute(key, value);
            return this;
        }

        @Override
        public Traces.TraceSpan attribute(String key, long value) {
            span.setAttribute(key, value);
            return this;
        }

        @Override
        public Traces.TraceSpan failed(Throwable cause) {
            span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
            span.setAttribute("error.type", cause.getClass().getName());
            return this;
        }

        @Override
        public Traces.Scope makeCurrent() {
            return span.makeCurrent()::close;
        }

        @Override
        public void sendWith(BiConsumer<String, String> header) {
            W3CTraceContextPropagator.getInstance().inject(Context.current().with(span), header, BiConsumer::accept);
        }

        @Override
        public void close() {
            span.end();
        }
    }
}
