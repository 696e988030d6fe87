package com.maiagentgateway.upstream;

import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Completions at MaiAgent, at once or streamed. A completion is a write (it adds to a
 * conversation), so it is asked again only when the connection was never made. Concurrent
 * streams are bounded by a bulkhead ({@code .../stream/Bulkhead/value}).
 */
@ApplicationScoped
public class MaiAgentCompletions extends MaiAgentFacade {

    /** Streamed completions open at once on one node, and starts that may wait for a place (see {@link #stream}). */
    static final int STREAMS_AT_ONCE = 1000;

    @Inject
    MaiAgentApi api;

    @Inject
    UpstreamCall upstream;

    @Inject
    ReplyStreamConnection streams;

    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    public CompletionReply complete(String chatbotId, CompletionRequest request) {
        return MaiAgentWire.completion(upstream.write("a completion", () -> api.complete(chatbotId, body(request, false))));
    }

    /**
     * Streams the reply: each delta goes to {@code onDelta} the moment it arrives, and the next is
     * read once the stage {@code onDelta} returns completes; the result is the whole reply when
     * MaiAgent marks it done. No thread waits while MaiAgent generates. The upstream exchange is
     * ended however this ends, including when {@code onDelta} fails because the gateway's own
     * client went away. The bulkhead bounds the streams open at once (default 1000). Its waiting queue is as large:
     * Liberty's bulkhead holds a waiting place for every start until an executor thread takes it up, so a smaller
     * queue refused a burst of starts far below the bound while the threads were busy (22 of 200 in a bench run).
     * {@code traceparent}: the trace the stream belongs to (the caller's call; it is opened on another thread), or null.
     */
    @Asynchronous
    @Retry(maxRetries = WRITE_RETRIES, delay = 200, jitter = 50, retryOn = MaiAgentConnectException.class)
    @Bulkhead(value = STREAMS_AT_ONCE, waitingTaskQueue = STREAMS_AT_ONCE)
    public CompletionStage<ReplyDelta> stream(String chatbotId, CompletionRequest request, Function<ReplyDelta, CompletionStage<?>> onDelta,
                                              String traceparent) {
        return streams.open(chatbotId, body(request, true), onDelta, traceparent);
    }

    static JsonObject body(CompletionRequest request, boolean streaming) {
        JsonObjectBuilder message = Jsonp.createObjectBuilder().add("content", request.content());
        JsonArrayBuilder attachments = Jsonp.createArrayBuilder();
        for (Attachment a : request.attachments() == null ? java.util.List.<Attachment>of() : request.attachments()) {
            attachments.add(AttachmentJson.of(a));
        }
        message.add("attachments", attachments);
        if (request.contentPayload() != null) {
            message.add("contentPayload", request.contentPayload());
        }
        if (request.queryMetadata() != null) {
            message.add("queryMetadata", request.queryMetadata());
        }
        if (request.sender() != null) {
            message.add("sender", request.sender());
        }
        // The /api pages spell the flag isStreaming, the /api/v1 pages is_streaming: a MaiAgent reading either gets it.
        JsonObjectBuilder body = Jsonp.createObjectBuilder().add("message", message)
                .add("isStreaming", streaming).add("is_streaming", streaming);
        if (request.conversationId() != null) {
            body.add("conversation", request.conversationId());
        }
        return body.build();
    }
}
