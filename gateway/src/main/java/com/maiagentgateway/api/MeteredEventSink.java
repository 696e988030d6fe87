package com.maiagentgateway.api;

import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.service.UsageCall;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.StringReader;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/** An event stream's sink that meters the call it answers (see {@link MeteredStreamInterceptor}). */
final class MeteredEventSink implements SseEventSink {

    private final SseEventSink sink;
    private final UsageCall call;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean upstreamFailed;

    MeteredEventSink(SseEventSink sink, UsageCall call) {
        this.sink = sink;
        this.call = call;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
        if (event.getName() != null) {
            // Comments (the opening line, heartbeats) are not events a caller waits for.
            call.firstEvent();
        }
        if ("error".equals(event.getName()) && event.getData() instanceof String problem) {
            upstreamFailed = ClientCallPolicy.isUpstreamFailure(statusOf(problem));
        }
        return sink.send(event);
    }

    @Override
    public boolean isClosed() {
        boolean closed = sink.isClosed();
        if (closed) {
            end();
        }
        return closed;
    }

    @Override
    public void close() {
        try {
            sink.close();
        } finally {
            end();
        }
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            call.finish(false, upstreamFailed, 0);
        }
    }

    private static int statusOf(String problem) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(problem))) {
            JsonObject read = reader.readObject();
            return read.getInt("status", 0);
        } catch (RuntimeException notAProblem) {
            return 0;
        }
    }
}
