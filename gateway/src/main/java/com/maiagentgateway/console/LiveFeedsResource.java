package com.maiagentgateway.console;

import com.maiagentgateway.live.CallerStreams;
import com.maiagentgateway.live.LiveAsks;
import com.maiagentgateway.live.ReplyStreams;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Uuid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/** {@code GET /console/live/...}: Server-Sent Events for the console's pages. */
@RequestScoped
@Path("/")
@RolesAllowed(Roles.ADMIN)
public class LiveFeedsResource {

    @Inject
    ReplyStreams replies;

    @Inject
    LiveAsks asks;

    @Inject
    CallerStreams callerStreams;

    /**
     * A conversation's webhook replies after {@code after} (the newest inbox id the page was
     * rendered with), or after the Last-Event-ID the browser sends when it reconnects.
     */
    @GET
    @Path("conversations/{id}/replies")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void replies(@PathParam("id") @Uuid String conversationId,
                        @QueryParam("after") @Pattern(regexp = "\\d{1,18}") String after,
                        @HeaderParam("Last-Event-ID") @Pattern(regexp = "\\d{1,18}") String lastEventId,
                        @Context SecurityContext caller, @Context SseEventSink sink, @Context Sse sse) {
        String resumeAfter = lastEventId != null ? lastEventId : after;
        callerStreams.open(caller.getUserPrincipal().getName(), CallerStreams.Kind.CONSOLE_FEEDS, sink,
                counted -> replies.subscribe(conversationId, resumeAfter == null ? 0L : Long.valueOf(resumeAfter), counted, sse));
    }

    /** The answer to a question this admin asked, from its first piece. */
    @GET
    @Path("asks/{id}")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void ask(@PathParam("id") @Uuid String askId, @Context SecurityContext caller,
                    @Context SseEventSink sink, @Context Sse sse) {
        String admin = caller.getUserPrincipal().getName();
        callerStreams.open(admin, CallerStreams.Kind.CONSOLE_FEEDS, sink, counted -> {
            if (!asks.watch(askId, admin, counted, sse)) {
                throw new NotFoundException();
            }
        });
    }
}
