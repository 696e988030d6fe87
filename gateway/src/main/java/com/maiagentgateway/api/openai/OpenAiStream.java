package com.maiagentgateway.api.openai;

import com.maiagentgateway.api.StreamWrites;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;

/** An OpenAI event stream: each object as one unnamed {@code data:} event, ended by {@code data: [DONE]}. */
final class OpenAiStream {

    private final SseEventSink sink;
    private final Sse sse;

    OpenAiStream(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    /** Sends one object; the stage fails with {@link StreamWrites.ClientGone} when the caller has left. */
    CompletionStage<?> send(JsonObject object) {
        return send(object.toString());
    }

    /** Commits the answer's headers with a comment line, which SSE clients skip. */
    CompletionStage<?> open() {
        return StreamWrites.send(sink, sse.newEventBuilder().comment("chat completion stream open").build());
    }

    void done() {
        send("[DONE]");
    }

    void close() {
        sink.close();
    }

    private CompletionStage<?> send(String data) {
        return StreamWrites.send(sink, sse.newEventBuilder().mediaType(MediaType.TEXT_PLAIN_TYPE).data(data).build());
    }
}
