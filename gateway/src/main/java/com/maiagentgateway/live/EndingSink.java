package com.maiagentgateway.live;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream's sink that does something once when the stream ends: closed by the gateway, or found closed once its
 * client has left (a stream learns that only when it next writes or asks). Everything else goes to the sink it wraps.
 */
public abstract class EndingSink implements SseEventSink {

    private final SseEventSink sink;
    private final AtomicBoolean ended = new AtomicBoolean();

    protected EndingSink(SseEventSink sink) {
        this.sink = sink;
    }

    /** Runs once, when the stream ends. */
    protected abstract void ended();

    @Override
    public CompletionStage<?> send(OutboundSseEvent event) {
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

    /** Ends it now, the sink left as it is (its opening failed, and the failure's answer will close it). */
    protected final void end() {
        if (ended.compareAndSet(false, true)) {
            ended();
        }
    }
}
