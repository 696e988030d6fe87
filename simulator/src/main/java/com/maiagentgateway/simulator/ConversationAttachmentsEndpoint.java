package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST conversations/{id}/attachments/}. A root resource of its own: JAX-RS picks the root
 * with the longest literal path and does not come back, so under "conversations/" it would be lost.
 */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/conversations/{conversationPk}/attachments/")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationAttachmentsEndpoint {

    @Inject
    SimulatorStore store;

    @Inject
    AttachmentRegistration registration;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response register(@PathParam("conversationPk") String conversationId, String body,
                             @HeaderParam("Content-Type") String contentType, @Context UriInfo uri) {
        store.conversation(conversationId).orElseThrow(DrfErrors::notFound);
        return registration.created(registration.fromJson(JsonBodies.object(contentType, body), conversationId), uri);
    }
}
