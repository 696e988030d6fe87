package com.maiagentgateway.api;

import com.maiagentgateway.live.EndingSink;
import com.maiagentgateway.platform.Jsonp;
import com.maiagentgateway.service.UsageCall;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.StringReader;
import java.util.concurrent.CompletionStage;

/** An event stream's sink that meters the call it answers (see {@link MeteredStreamInterceptor}). */
final class MeteredEventSink extends EndingSink {

    private final UsageCall call;
    private volatile boolean upstreamFailed;

    MeteredEventSink(SseEventSink sink, UsageCall call) {
        super(sink);
        this.call = call;
    }

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
        if (event.getData() != null) {
            // Comments (the opening line, heartbeats) are not events a caller waits for; named or not, data is.
            call.firstEvent();
        }
        if ("error".equals(event.getName()) && event.getData() instanceof String problem) {
            upstreamFailed = ClientCallPolicy.isUpstreamFailure(statusOf(problem));
        }
        return super.send(event);
    }

    @Override
    protected void ended() {
        call.finish(false, upstreamFailed, 0);
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
