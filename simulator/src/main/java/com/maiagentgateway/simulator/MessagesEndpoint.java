package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * Messages: create (acknowledged at once; the assistant's reply is delivered later by webhook;
 * {@code type}, {@code contentPayload}, {@code canvas}, {@code queryMetadata} kept and answered back),
 * list per conversation (cursor pages with a count), get (also with its {@code conversation}). {@code X-Simulator-Webhook: duplicate}
 * on a create makes its reply arrive twice.
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/messages/")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesEndpoint {

    @Inject
    SimulatorStore store;

    @Inject
    WebhookDispatcher webhooks;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("prefix") String prefix, String body, @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("X-Simulator-Webhook") String webhookMode, @Context UriInfo uri,
                           @Context jakarta.servlet.http.HttpServletRequest request) {
        JsonObject json = JsonBodies.object(contentType, body);
        String conversationId = JsonBodies.uuid(json, "conversation");
        if (conversationId == null) {
            throw DrfErrors.invalid("conversation", DrfErrors.REQUIRED);
        }
        SimConversation conversation = store.conversation(conversationId).orElseThrow(() ->
                DrfErrors.invalid("conversation", "Invalid pk \"" + conversationId + "\" - object does not exist."));
        String content = JsonBodies.string(json, "content");
        String type = JsonBodies.string(json, "type");
        JsonArray attachments = MessageAttachments.read(json.get("attachments"), prefix, conversationId);
        JsonObject extras = extras(json);
        // The /api/v1 page (zh-TW) requires content; the /api page makes it optional.
        if (prefix.endsWith("/v1") && (content == null || content.isBlank())) {
            throw DrfErrors.invalid("content", content == null ? DrfErrors.REQUIRED : "This field may not be blank.");
        }
        if ((content == null || content.isBlank()) && attachments.isEmpty()) {
            throw DrfErrors.invalid("content", "A message needs content or attachments.");
        }
        long now = System.currentTimeMillis();
        SimMessage message = new SimMessage(UUID.randomUUID().toString(), conversationId, Json.createValue(conversation.contact().id()),
                conversation.contact().name(), conversation.contact().avatar(), type == null ? "incoming" : type,
                content == null ? "" : content, JsonValue.NULL, String.valueOf(now), now, attachments, JsonValue.EMPTY_JSON_ARRAY, extras);
        store.addMessage(message);
        if (!"none".equalsIgnoreCase(webhookMode)) {
            webhooks.replyLater(conversation, message, uri.getBaseUri(), "duplicate".equalsIgnoreCase(webhookMode));
        }
        JsonObject answer = WireFormat.message(message, uri.getBaseUri());
        FaultPlan fault = (FaultPlan) request.getAttribute(SimulatorFaultFilter.ANSWER_FAULT);
        if (fault != null && fault.withoutId()) {
            answer = Json.createObjectBuilder(answer).remove("id").build();
        }
        return Response.status(201).entity(answer.toString()).build();
    }

    /** {@code contentPayload} and {@code queryMetadata} are objects; {@code canvas} needs all four of its members. */
    private static JsonObject extras(JsonObject json) {
        var extras = Json.createObjectBuilder();
        for (String name : new String[] {"contentPayload", "queryMetadata"}) {
            JsonValue value = json.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw DrfErrors.invalid(name, "Value must be valid JSON object.");
                }
                extras.add(name, value);
            }
        }
        JsonValue canvas = json.get("canvas");
        if (canvas != null && canvas.getValueType() != JsonValue.ValueType.NULL) {
            if (canvas.getValueType() != JsonValue.ValueType.OBJECT) {
                throw DrfErrors.invalid("canvas", "Invalid data. Expected a dictionary, but got " + canvas.getValueType().name().toLowerCase() + ".");
            }
            var missing = Json.createObjectBuilder();
            for (String member : new String[] {"name", "canvasType", "title", "content"}) {
                String value = JsonBodies.string(canvas.asJsonObject(), member);
                if (value == null || (!"content".equals(member) && value.isBlank())) {
                    missing.add(member, Json.createArrayBuilder().add(DrfErrors.REQUIRED));
                }
            }
            JsonObject problems = missing.build();
            if (!problems.isEmpty()) {
                throw DrfErrors.invalid(Json.createObjectBuilder().add("canvas", problems));
            }
            extras.add("canvas", canvas);
        }
        return extras.build();
    }

    @GET
    public String list(@QueryParam("conversation") String conversation, @QueryParam("cursor") String cursor,
                       @QueryParam("pageSize") String pageSize, @Context UriInfo uri) {
        requireConversation(conversation);
        return Pages.cursorPage(store.messages(conversation), cursor, pageSize, uri,
                m -> WireFormat.message(m, uri.getBaseUri()), true).toString();
    }

    /** The docs mark {@code conversation} required here as on the list; a message of another conversation is not found. */
    @GET
    @Path("{id}/")
    public String get(@PathParam("id") String id, @QueryParam("conversation") String conversation, @Context UriInfo uri) {
        requireConversation(conversation);
        return store.message(id).filter(m -> m.conversationId().equals(conversation))
                .map(m -> WireFormat.message(m, uri.getBaseUri())).orElseThrow(DrfErrors::notFound).toString();
    }

    private static void requireConversation(String conversation) {
        if (conversation == null || conversation.isBlank()) {
            throw DrfErrors.invalid("conversation", DrfErrors.REQUIRED);
        }
        if (!JsonBodies.isUuid(conversation)) {
            throw DrfErrors.invalid("conversation", "“" + conversation + "” is not a valid UUID.");
        }
    }
}
