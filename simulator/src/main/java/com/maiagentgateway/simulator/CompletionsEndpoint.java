package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code POST chatbots/{id}/completions/}: the reply at once ({@code {content, conversationId}}),
 * or, with the streaming flag (spelled as the base path's page spells it), as Server-Sent Events carrying the reply
 * piece by piece ({@code {content, conversation_id, done}}), one piece every stream delay.
 * Request headers for tests: {@code X-Simulator-Stream-Delay} (ms between pieces) and
 * {@code X-Simulator-Framing} ({@code crlf}, {@code cr}, {@code multiline}, {@code comments}).
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/chatbots/{chatbotId}/completions/")
public class CompletionsEndpoint {

    @Inject
    SimulatorStore store;

    @Inject
    SimulatorSettings settings;

    @Inject
    StreamLog log;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response complete(@PathParam("prefix") String prefix, @PathParam("chatbotId") String chatbotId, String body,
                             @HeaderParam("Content-Type") String contentType,
                             @HeaderParam("X-Simulator-Stream-Delay") Long streamDelay,
                             @HeaderParam("X-Simulator-Framing") String framing,
                             @Context HttpServletRequest request) {
        SimChatbot chatbot = store.chatbot(chatbotId).orElseThrow(DrfErrors::notFound);
        JsonObject json = JsonBodies.object(contentType, body);
        String conversationId = JsonBodies.uuid(json, "conversation");
        JsonValue message = json.get("message");
        if (message == null || message.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DrfErrors.invalid("message", DrfErrors.REQUIRED);
        }
        String content = JsonBodies.string(message.asJsonObject(), "content");
        if (content == null || content.isBlank()) {
            throw DrfErrors.invalid(Json.createObjectBuilder().add("message", Json.createObjectBuilder()
                    .add("content", Json.createArrayBuilder().add(content == null ? DrfErrors.REQUIRED : "This field may not be blank."))));
        }
        MessageAttachments.read(message.asJsonObject().get("attachments"), prefix, conversationId);
        boolean streaming = streamingFlag(prefix, json);

        SimConversation conversation = conversationId == null
                ? startConversation(content)
                : store.conversation(conversationId).orElseThrow(DrfErrors::notFound);
        long now = System.currentTimeMillis();
        store.addMessage(new SimMessage(UUID.randomUUID().toString(), conversation.id(), Json.createValue(conversation.contact().id()),
                conversation.contact().name(), conversation.contact().avatar(), "incoming", content, JsonValue.NULL,
                String.valueOf(now), now, JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_ARRAY));
        String reply = SimulatedAssistant.replyTo(content);
        long replied = System.currentTimeMillis();
        store.addMessage(new SimMessage(UUID.randomUUID().toString(), conversation.id(), SeedData.BOT_SENDER_IDS.get(0),
                chatbot.name(), null, "outgoing", reply, JsonValue.NULL, String.valueOf(replied), replied,
                JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_ARRAY));
        store.addRecord(new SimRecord(UUID.randomUUID().toString(), chatbot.id(), conversation.contact().name(), JsonValue.NULL,
                content, reply, 0.9, 0.88, 0.8, 0.85, 0.9, 0.82, 1.2, replied, null));

        FaultPlan fault = (FaultPlan) request.getAttribute(SimulatorFaultFilter.ANSWER_FAULT);
        if (!streaming || (fault != null && fault.wholeReply())) {
            return Response.ok(Json.createObjectBuilder().add("content", reply).add("conversationId", conversation.id())
                    .build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        long delay = streamDelay != null ? Math.max(0, streamDelay) : settings.streamDelayMillis();
        StreamingOutput stream = out -> {
            log.opened();
            try {
                out.flush(); // on Liberty the first flush sends only the headers: spend it before the first event
                EventStreamWriter events = new EventStreamWriter(out, framing(framing, fault));
                List<String> pieces = SimulatedAssistant.tokens(reply);
                int cutAfter = fault == null ? -1 : fault.cutAfterEvents();
                log.started(conversation.id());
                for (int i = 0; i < pieces.size(); i++) {
                    if (i == cutAfter) {
                        return; // the stream ends here, without done
                    }
                    events.data(event(pieces.get(i), conversation.id(), false));
                    log.sent(conversation.id(), java.time.Instant.now());
                    EventStreamWriter.pause(delay);
                }
                events.data(event("", conversation.id(), true));
            } finally {
                log.closed();
            }
        };
        return Response.ok(stream, "text/event-stream;charset=UTF-8").header("Cache-Control", "no-cache").build();
    }

    /**
     * Each base path reads the spelling its own page documents: {@code is_streaming} under /api/v1
     * (completions.en/ja), {@code isStreaming} under /api. The other spelling is an unknown member,
     * which the framework ignores, so a client sending only one spelling gets a whole JSON reply on the other path.
     */
    static boolean streamingFlag(String prefix, JsonObject json) {
        String name = prefix.endsWith("/v1") ? "is_streaming" : "isStreaming";
        JsonValue flag = json.get(name);
        if (flag == null || flag.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (flag.getValueType() != JsonValue.ValueType.TRUE && flag.getValueType() != JsonValue.ValueType.FALSE) {
            throw DrfErrors.invalid(name, "Must be a valid boolean.");
        }
        return flag.getValueType() == JsonValue.ValueType.TRUE;
    }

    private SimConversation startConversation(String firstMessage) {
        long now = System.currentTimeMillis();
        SimConversation conversation = new SimConversation(UUID.randomUUID().toString(), SeedData.WEB,
                new SimContact(UUID.randomUUID().toString(), "API user", null, null),
                firstMessage.length() > 30 ? firstMessage.substring(0, 30) : firstMessage, now,
                SeedData.uuid("llm-gpt"), "127.0.0.1", 0);
        store.addConversation(conversation);
        return conversation;
    }

    private static String event(String content, String conversationId, boolean done) {
        return Json.createObjectBuilder().add("content", content).add("conversation_id", conversationId)
                .add("done", done).build().toString();
    }

    private static EventStreamWriter.Framing framing(String requested, FaultPlan fault) {
        String spec = requested == null ? "" : requested.toLowerCase(Locale.ROOT);
        String lineEnd = spec.contains("crlf") ? "\r\n" : spec.matches(".*\\bcr\\b.*") ? "\r" : "\n";
        return new EventStreamWriter.Framing(lineEnd, spec.contains("multiline"), spec.contains("comments"),
                fault == null ? 0 : fault.dripMillisPerByte());
    }
}
