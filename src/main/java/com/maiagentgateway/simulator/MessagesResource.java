package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
 * Messages: create (acknowledged at once; the assistant's reply is delivered later by webhook),
 * list per conversation (cursor pages with a count), get. {@code X-Simulator-Webhook: duplicate}
 * on a create makes its reply arrive twice.
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/messages/")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Inject
    SimulatorStore store;

    @Inject
    WebhookDispatcher webhooks;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body, @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("X-Simulator-Webhook") String webhookMode, @Context UriInfo uri) {
        JsonObject json = JsonBodies.object(contentType, body);
        String conversationId = JsonBodies.uuid(json, "conversation");
        if (conversationId == null) {
            throw DrfErrors.invalid("conversation", DrfErrors.REQUIRED);
        }
        SimConversation conversation = store.conversation(conversationId).orElseThrow(() ->
                DrfErrors.invalid("conversation", "Invalid pk \"" + conversationId + "\" - object does not exist."));
        String content = JsonBodies.string(json, "content");
        JsonArray attachments = attachments(json, conversationId);
        if ((content == null || content.isBlank()) && attachments.isEmpty()) {
            throw DrfErrors.invalid("content", "A message needs content or attachments.");
        }
        long now = System.currentTimeMillis();
        SimMessage message = new SimMessage(UUID.randomUUID().toString(), conversationId, Json.createValue(conversation.contact().id()),
                conversation.contact().name(), conversation.contact().avatar(), "incoming", content == null ? "" : content,
                JsonValue.NULL, String.valueOf(now), now, attachments, JsonValue.EMPTY_JSON_ARRAY);
        store.addMessage(message);
        if (!"none".equalsIgnoreCase(webhookMode)) {
            webhooks.replyLater(conversation, message, uri.getBaseUri(), "duplicate".equalsIgnoreCase(webhookMode));
        }
        return Response.status(201).entity(WireFormat.message(message, uri.getBaseUri()).toString()).build();
    }

    private static JsonArray attachments(JsonObject json, String conversationId) {
        JsonValue given = json.get("attachments");
        if (given == null || given.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (given.getValueType() != JsonValue.ValueType.ARRAY) {
            throw DrfErrors.invalid("attachments", "Expected a list of items but got type \"" + given.getValueType().name().toLowerCase() + "\".");
        }
        JsonArrayBuilder stored = Json.createArrayBuilder();
        for (JsonValue item : given.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT
                    || JsonBodies.string(item.asJsonObject(), "filename") == null
                    || JsonBodies.string(item.asJsonObject(), "file") == null) {
                throw DrfErrors.invalid(Json.createObjectBuilder().add("attachments", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("file", Json.createArrayBuilder().add(DrfErrors.REQUIRED)))));
            }
            JsonObject a = item.asJsonObject();
            stored.add(Json.createObjectBuilder()
                    .add("id", a.getString("id", UUID.randomUUID().toString()))
                    .add("type", a.containsKey("type") ? a.get("type") : JsonValue.EMPTY_JSON_OBJECT)
                    .add("filename", a.getString("filename"))
                    .add("file", a.getString("file"))
                    .add("conversation", conversationId));
        }
        return stored.build();
    }

    @GET
    public String list(@QueryParam("conversation") String conversation, @QueryParam("cursor") String cursor,
                       @QueryParam("pageSize") String pageSize, @Context UriInfo uri) {
        if (conversation == null || conversation.isBlank()) {
            throw DrfErrors.invalid("conversation", DrfErrors.REQUIRED);
        }
        if (!JsonBodies.isUuid(conversation)) {
            throw DrfErrors.invalid("conversation", "“" + conversation + "” is not a valid UUID.");
        }
        return Pages.cursorPage(store.messages(conversation), cursor, pageSize, uri,
                m -> WireFormat.message(m, uri.getBaseUri()), true).toString();
    }

    @GET
    @Path("{id}/")
    public String get(@PathParam("id") String id, @Context UriInfo uri) {
        return store.message(id).map(m -> WireFormat.message(m, uri.getBaseUri())).orElseThrow(DrfErrors::notFound).toString();
    }
}
