package com.maiagentgateway.api.openai;

import com.maiagentgateway.api.CallKind;
import com.maiagentgateway.api.MeteredStream;
import com.maiagentgateway.api.StreamWrites;
import com.maiagentgateway.live.CallerStreams;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.CompletionReply;
import com.maiagentgateway.model.CompletionRequest;
import com.maiagentgateway.model.ReplyDelta;
import com.maiagentgateway.platform.AsyncFailures;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.problem.OpenAiErrors;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.problem.UpstreamProblems;
import com.maiagentgateway.security.ClientIdentity;
import com.maiagentgateway.service.ChatHistories;
import com.maiagentgateway.service.CompletionService;
import com.maiagentgateway.service.TokenEstimates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * OpenAI's {@code POST /chat/completions} on a MaiAgent chatbot: the model names the chatbot, the last message is the
 * question, and a resent history continues its MaiAgent conversation ({@link ChatHistories}). Whole, or with
 * {@code stream: true} as OpenAI's chunks relayed as MaiAgent generates them ({@link StreamOrWhole} picks the method).
 * The same keys, scopes, quotas, metering, audit and fault tolerance as the gateway's own completions.
 */
@ApplicationScoped
@CallKind(ApiOperation.COMPLETIONS)
@Path("/chat/completions")
@Tag(name = "OpenAI-compatible")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class ChatCompletionsResource {

    private static final Logger LOG = Logger.getLogger(ChatCompletionsResource.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    static final String CONVERSATION_HEADER = "X-MaiAgent-Conversation";

    @Inject
    CompletionService completions;

    @Inject
    ChatHistories histories;

    @Inject
    OpenAiModels models;

    @Inject
    TokenEstimates tokens;

    @Inject
    CallerStreams callerStreams;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest servletRequest;

    /** One turn of a chat, ready to ask: who asks which chatbot, in which conversation (null: a new one). */
    private record Turn(ChatRequest request, String caller, String chatbot, String conversationId,
                        ChatCompletionJson.Answer answer) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenAI's chat completion, whole: the model is a chatbot, the last message the question")
    public JsonObject complete(@NotNull(message = "is required") JsonObject body,
                               @HeaderParam(CONVERSATION_HEADER) String conversation, @Context SecurityContext caller) {
        Turn turn = turn(body, conversation, caller);
        CompletionReply reply = completions.complete(turn.chatbot(), ask(turn));
        histories.answered(turn.caller(), turn.chatbot(), answered(turn, reply.content()), reply.conversationId());
        return ChatCompletionJson.whole(turn.answer(), reply.content(), reply.conversationId(), usage(turn, reply.content()));
    }

    /** Returns at once, leaving the sink open: chunks are written from the thread that reads MaiAgent's events. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS + ";qs=0.5")
    @Operation(summary = "OpenAI's chat completion, streamed (stream: true): chat.completion.chunk events, then [DONE]")
    @MeteredStream
    public void stream(@NotNull(message = "is required") JsonObject body, @HeaderParam(CONVERSATION_HEADER) String conversation,
                       @Context SecurityContext caller, @Context SseEventSink sink, @Context Sse sse) {
        Turn turn = turn(body, conversation, caller);
        callerStreams.open(caller.getUserPrincipal().getName(), CallerStreams.Kind.COMPLETIONS, sink,
                counted -> relay(turn, new OpenAiStream(counted, sse)));
    }

    private void relay(Turn turn, OpenAiStream stream) {
        CompletionStage<ReplyDelta> reply;
        AtomicBoolean first = new AtomicBoolean(true);
        try {
            // On Liberty the first write only commits the headers: spend it on a comment (which SSE clients skip), so
            // that MaiAgent's first piece is the first event, when it comes (and is metered as such).
            stream.open().toCompletableFuture().join();
            reply = completions.stream(turn.chatbot(), ask(turn),
                    delta -> delta.content() == null || delta.content().isEmpty() ? CompletableFuture.completedFuture(null)
                            : stream.send(ChatCompletionJson.contentChunk(turn.answer(), delta.content(), delta.conversationId(),
                                    first.getAndSet(false))));
        } catch (RuntimeException failure) {
            reply = CompletableFuture.failedFuture(failure);
        }
        reply.handle((whole, failure) -> {
            try {
                if (failure == null) {
                    histories.answered(turn.caller(), turn.chatbot(), answered(turn, whole.content()), whole.conversationId());
                    stream.send(ChatCompletionJson.lastChunk(turn.answer(), whole.conversationId()));
                    if (turn.request().includeUsage()) {
                        stream.send(ChatCompletionJson.usageChunk(turn.answer(), usage(turn, whole.content())));
                    }
                    stream.done();
                } else {
                    tellAndLog(stream, AsyncFailures.cause(failure));
                }
            } finally {
                stream.close();
            }
            return null;
        });
    }

    private Turn turn(JsonObject body, String conversationHeader, SecurityContext caller) {
        ChatRequest request = ChatRequest.of(body, conversationHeader);
        ClientIdentity application = ClientIdentity.of(servletRequest);
        String chatbot = models.resolve(request.model(), application).map(OpenAiModels.Model::chatbotId)
                .orElseThrow(() -> new WebApplicationException(Problem.of(404, "model-not-found", "The model `" + request.model()
                        + "` does not exist or you do not have access to it; GET /models lists yours.").response().build()));
        String who = application != null ? "app:" + application.applicationId() : "user:" + caller.getUserPrincipal().getName();
        String conversationId = request.conversation() != null ? request.conversation()
                : histories.conversationOf(who, chatbot, request.earlier());
        ChatCompletionJson.Answer answer = new ChatCompletionJson.Answer("chatcmpl-" + UUID.randomUUID(),
                clock.instant().getEpochSecond(), request.model());
        return new Turn(request, who, chatbot, conversationId, answer);
    }

    private static CompletionRequest ask(Turn turn) {
        return new CompletionRequest(turn.conversationId(), turn.request().question(), List.of(), null, null, null);
    }

    private static List<ChatHistories.Turn> answered(Turn turn, String reply) {
        List<ChatHistories.Turn> history = new ArrayList<>(turn.request().history());
        history.add(new ChatHistories.Turn("assistant", reply));
        return history;
    }

    private ChatCompletionJson.Usage usage(Turn turn, String reply) {
        return new ChatCompletionJson.Usage(tokens.ofPrompt(turn.request().history()), tokens.ofText(reply));
    }

    /** A failure after the stream began: OpenAI's error object as the last event (its clients raise it). */
    private static void tellAndLog(OpenAiStream stream, Throwable failure) {
        if (failure instanceof StreamWrites.ClientGone) {
            LOG.fine("Stream client left; the call to MaiAgent was ended");
            return;
        }
        UpstreamProblems.Answer answer = UpstreamProblems.of(failure);
        if (answer == null) {
            LOG.log(Level.SEVERE, "Streamed chat completion failed", failure);
            answer = new UpstreamProblems.Answer(Problem.of(500, "internal-error", "The gateway failed while relaying the reply."), null);
        }
        Problem problem = answer.problem().withRetryAfter(answer.retryAfterSeconds());
        stream.send(OpenAiErrors.of(Json.createReader(new StringReader(JSON.toJson(problem))).readObject()));
    }
}
