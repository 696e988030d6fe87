package com.maiagentgateway.api;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Writing a relayed reply to an event stream whose caller may have left at any moment. */
public final class StreamWrites {

    private StreamWrites() {
    }

    /** Sends one event; the stage fails with {@link ClientGone} when the caller has left (which ends the call to MaiAgent). */
    public static CompletionStage<?> send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            return CompletableFuture.failedFuture(new ClientGone());
        }
        try {
            return sink.send(event).exceptionally(writeFailed -> {
                throw new ClientGone();
            });
        } catch (RuntimeException writeFailed) {
            return CompletableFuture.failedFuture(new ClientGone());
        }
    }

    /** The caller closed its connection (the audit trail names an abandoned relay by this class). */
    public static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the stream's client went away", null, false, false);
        }
    }
}
