package com.maiagentgateway.api;

import com.maiagentgateway.live.CallerStreams;
import com.maiagentgateway.live.ReplyStreams;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Uuid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /conversations/{id}/replies}: MaiAgent's replies to messages sent in a conversation,
 * as they are delivered by webhook; {@code reply} events whose id is the inbox id, so a
 * reconnecting client resumes with {@code Last-Event-ID} (or {@code ?lastEventId=} where it cannot
 * set headers).
 */
@ApplicationScoped
@CallKind(ApiOperation.READ)
@Path("/conversations/{id}/replies")
@Tag(name = "Conversations")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class RepliesResource {

    @Inject
    ReplyStreams streams;

    @Inject
    CallerStreams callerStreams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "replies", summary = "Replies delivered by webhook, as they land; resumable with Last-Event-ID")
    @MeteredStream
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "200", description = "An event stream: each reply as a \"reply\" event whose id resumes after it",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void replies(@PathParam("id") @Uuid String conversationId,
                        @HeaderParam("Last-Event-ID") @Pattern(regexp = "\\d{1,18}", message = "must be an event id this API sent") String lastEventIdHeader,
                        @QueryParam("lastEventId") @Pattern(regexp = "\\d{1,18}", message = "must be an event id this API sent") String lastEventIdParam,
                        @Context SecurityContext caller, @Context SseEventSink sink, @Context Sse sse) {
        String lastEventId = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        callerStreams.open(caller.getUserPrincipal().getName(), CallerStreams.Kind.REPLIES, sink,
                counted -> streams.subscribe(conversationId, lastEventId == null ? null : Long.valueOf(lastEventId), counted, sse));
    }
}
