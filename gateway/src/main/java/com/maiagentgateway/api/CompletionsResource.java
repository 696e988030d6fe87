package com.maiagentgateway.api;

import com.maiagentgateway.live.CallerStreams;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.UpstreamProblems;
import com.maiagentgateway.service.CompletionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Asking a chatbot. {@code Accept: application/json}: the whole reply. {@code Accept:
 * text/event-stream}: {@code delta} events as MaiAgent generates them, one {@code done} event with
 * the whole reply, or one {@code error} event carrying a problem. A client that goes away ends the
 * call to MaiAgent too.
 */
@ApplicationScoped
@CallKind(ApiOperation.COMPLETIONS)
@Path("/chatbots/{chatbotId}/completions")
@Tag(name = "Completions")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class CompletionsResource {

    private static final Logger LOG = Logger.getLogger(CompletionsResource.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    /** {@code {conversation?, message: {content, attachments?, contentPayload?, queryMetadata?, sender?}}}. */
    public record CompletionInput(@Uuid String conversation,
                                  @NotNull(message = "is required") @Valid MessageInput message) {
        CompletionRequest toModel() {
            return new CompletionRequest(conversation, message.content(),
                    message.attachments() == null ? List.of() : message.attachments().stream().map(ApiRequests.AttachmentInput::toModel).toList(),
                    message.contentPayload(), message.queryMetadata(), message.sender());
        }
    }

    /** The message for the chatbot. */
    public record MessageInput(@NotBlank(message = "is required") @Size(max = 20_000, message = "must be at most 20000 characters") String content,
                               @Size(max = 10, message = "must have at most 10 entries") List<ApiRequests.@Valid @NotNull AttachmentInput> attachments,
                               JsonObject contentPayload, JsonObject queryMetadata,
                               @Uuid String sender) {
    }

    /** A piece of the reply. */
    public record Delta(String content, String conversationId) {
    }

    @Inject
    CompletionService completions;

    @Inject
    CallerStreams callerStreams;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "complete", summary = "Ask a chatbot and get the whole reply")
    public CompletionReply complete(@PathParam("chatbotId") @Uuid String chatbotId,
                                    @NotNull(message = "is required") @Valid CompletionInput input) {
        return completions.complete(chatbotId, input.toModel());
    }

    /**
     * Returns at once, leaving the sink open: deltas are written from the thread that reads them
     * from MaiAgent, so a stream holds no thread while MaiAgent generates.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS + ";qs=0.5") // JSON unless the caller asks for the stream
    @Operation(operationId = "streamCompletion", summary = "Ask a chatbot and get the reply as it is generated (delta events, then done or error)")
    @MeteredStream
    public void stream(@PathParam("chatbotId") @Uuid String chatbotId,
                       @NotNull(message = "is required") @Valid CompletionInput input,
                       @Context SecurityContext caller, @Context SseEventSink sink, @Context Sse sse) {
        callerStreams.open(caller.getUserPrincipal().getName(), CallerStreams.Kind.COMPLETIONS, sink,
                counted -> relay(chatbotId, input, counted, sse));
    }

    private void relay(String chatbotId, CompletionInput input, SseEventSink sink, Sse sse) {
        AtomicLong ids = new AtomicLong();
        CompletionStage<ReplyDelta> reply;
        try {
            // On Liberty the first write only commits the headers: spend it on a comment, not on a delta.
            StreamWrites.send(sink, sse.newEventBuilder().comment("reply stream open").build()).toCompletableFuture().join();
            reply = completions.stream(chatbotId, input.toModel(),
                    delta -> StreamWrites.send(sink, event(sse, ids, "delta", new Delta(delta.content(), delta.conversationId()))));
        } catch (RuntimeException failure) {
            reply = CompletableFuture.failedFuture(failure);
        }
        reply.handle((whole, failure) -> {
            try {
                if (failure == null) {
                    StreamWrites.send(sink, event(sse, ids, "done", new CompletionReply(whole.content(), whole.conversationId())));
                } else {
                    tellAndLog(sink, sse, ids, AsyncFailures.cause(failure));
                }
            } finally {
                sink.close();
            }
            return null;
        });
    }

    private static void tellAndLog(SseEventSink sink, Sse sse, AtomicLong ids, Throwable failure) {
        if (failure instanceof StreamWrites.ClientGone) {
            LOG.fine("Stream client left; the call to MaiAgent was ended");
            return;
        }
        UpstreamProblems.Answer answer = UpstreamProblems.of(failure);
        if (answer == null) {
            LOG.log(Level.SEVERE, "Streamed completion failed", failure);
            answer = new UpstreamProblems.Answer(Problem.of(500, "internal-error", "The gateway failed while relaying the reply."), null);
        }
        StreamWrites.send(sink, sse.newEventBuilder().name("error").id(String.valueOf(ids.incrementAndGet()))
                .mediaType(MediaType.valueOf(Problem.MEDIA_TYPE)).data(JSON.toJson(answer.problem().withRetryAfter(answer.retryAfterSeconds()))).build());
    }

    private static OutboundSseEvent event(Sse sse, AtomicLong ids, String name, Object data) {
        return sse.newEventBuilder().name(name).id(String.valueOf(ids.incrementAndGet()))
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(JSON.toJson(data)).build();
    }
}
