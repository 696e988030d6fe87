package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.UUID;

/** Conversations: create ({@code webChat}), list per inbox (keyword, cursor pages), get. */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/conversations/")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsEndpoint {

    @Inject
    SimulatorStore store;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body, @HeaderParam("Content-Type") String contentType) {
        JsonObject json = JsonBodies.object(contentType, body);
        String webChat = JsonBodies.uuid(json, "webChat");
        if (webChat == null) {
            throw DrfErrors.invalid("webChat", DrfErrors.REQUIRED);
        }
        SimInbox inbox = store.inboxOfWebChat(webChat).orElseThrow(() ->
                DrfErrors.invalid("webChat", "Invalid pk \"" + webChat + "\" - object does not exist."));
        long now = System.currentTimeMillis();
        SimConversation conversation = new SimConversation(UUID.randomUUID().toString(), inbox,
                new SimContact(UUID.randomUUID().toString(), "Web visitor", null, null), "New conversation", now,
                SeedData.uuid("llm-gpt"), "127.0.0.1", 0);
        store.addConversation(conversation);
        return Response.status(201).entity(WireFormat.conversation(conversation, null, now).toString()).build();
    }

    @GET
    public String list(@QueryParam("inbox") String inbox, @QueryParam("keyword") String keyword,
                       @QueryParam("cursor") String cursor, @QueryParam("pageSize") String pageSize,
                       @Context UriInfo uri) {
        if (inbox == null || inbox.isBlank()) {
            throw DrfErrors.invalid("inbox", DrfErrors.REQUIRED);
        }
        if (!JsonBodies.isUuid(inbox)) {
            throw DrfErrors.invalid("inbox", "“" + inbox + "” is not a valid UUID.");
        }
        List<SimConversation> found = store.conversations(inbox, keyword);
        return Pages.cursorPage(found, cursor, pageSize, uri, this::wire, false).toString();
    }

    @GET
    @Path("{id}/")
    public String get(@PathParam("id") String id) {
        return store.conversation(id).map(this::wire).orElseThrow(DrfErrors::notFound).toString();
    }

    private JsonObject wire(SimConversation c) {
        return WireFormat.conversation(c, store.lastMessage(c.id()).orElse(null), store.lastActivity(c.id()));
    }
}
