package com.maiagentgateway.it;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An OTLP/HTTP trace receiver, as a collector would be: the test servers export their spans here (protobuf, decoded
 * with OpenTelemetry's own proto classes) and the tests read the span trees that arrived. Up for the whole
 * integration-test run (it/TestServerReady), on {@code otlp.receiver.port}.
 */
public final class TraceReceiver {

    /** One span as exported. Ids are lower-case hex; {@code parentSpanId} is empty for a root. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
                               Map<String, String> attributes, List<String> linkedSpanIds, String status) {

        public String attribute(String key) {
            return attributes.get(key);
        }
    }

    private static final List<ReceivedSpan> SPANS = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private TraceReceiver() {
    }

    static synchronized void start(int port) {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("the trace receiver cannot listen on " + port, e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                keep(ExportTraceServiceRequest.parseFrom(body));
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                byte[] ok = io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.sendResponseHeaders(200, ok.length == 0 ? -1 : ok.length);
                exchange.getResponseBody().write(ok);
            } catch (IOException | RuntimeException unreadable) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    private static void keep(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream().filter(a -> a.getKey().equals("service.name"))
                    .map(a -> text(a.getValue())).findFirst().orElse("");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (var span : scope.getSpansList()) {
                    SPANS.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(), span.getKind().name().replace("SPAN_KIND_", ""),
                            span.getAttributesList().stream().collect(Collectors.toMap(KeyValue::getKey, a -> text(a.getValue()), (a, b) -> b)),
                            span.getLinksList().stream().map(l -> hex.formatHex(l.getSpanId().toByteArray())).toList(),
                            span.getStatus().getCode().name().replace("STATUS_CODE_", "")));
                }
            }
        }
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    /** The spans of this trace that have arrived. */
    public static List<ReceivedSpan> trace(String traceId) {
        return SPANS.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Waits (up to 15 s) for spans matching {@code wanted}; returns them all, or fails saying what did arrive. */
    public static List<ReceivedSpan> await(Predicate<ReceivedSpan> wanted, int atLeast, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            List<ReceivedSpan> found = SPANS.stream().filter(wanted).toList();
            if (found.size() >= atLeast) {
                return found;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + what + " arrived at the trace receiver within 15 s (found " + found + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Waits for a span of this trace with this name. */
    public static ReceivedSpan awaitSpan(String traceId, Predicate<ReceivedSpan> wanted, String what) {
        return await(s -> s.traceId().equals(traceId) && wanted.test(s), 1, what).get(0);
    }
}
