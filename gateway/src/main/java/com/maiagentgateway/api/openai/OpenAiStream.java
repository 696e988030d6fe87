package com.maiagentgateway.api.openai;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An OpenAI event stream: each object as one unnamed {@code data:} event, ended by {@code data: [DONE]}. */
final class OpenAiStream {

    private final SseEventSink sink;
    private final Sse sse;

    OpenAiStream(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    /** Sends one object; the stage fails with {@link ClientGone} when the caller has left. */
    CompletionStage<?> send(JsonObject object) {
        return send(object.toString());
    }

    void done() {
        send("[DONE]");
    }

    void close() {
        sink.close();
    }

    private CompletionStage<?> send(String data) {
        if (sink.isClosed()) {
            return CompletableFuture.failedFuture(new ClientGone());
        }
        try {
            return sink.send(sse.newEventBuilder().mediaType(MediaType.TEXT_PLAIN_TYPE).data(data).build()).exceptionally(writeFailed -> {
                throw new ClientGone();
            });
        } catch (RuntimeException writeFailed) {
            return CompletableFuture.failedFuture(new ClientGone());
        }
    }

    /** The caller closed its connection. */
    static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the stream's client went away", null, false, false);
        }
    }
}
