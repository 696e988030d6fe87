package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.Conversation;
import com.maiagentgateway.model.CursorPage;
import com.maiagentgateway.model.Message;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.service.ConversationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Conversations and their messages. */
@ApplicationScoped
@CallKind(ApiOperation.READ)
@Path("/conversations")
@Tag(name = "Conversations")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    /** One page: items and the opaque cursors of the pages around it. */
    public record Page<T>(java.util.List<T> items, String nextCursor, String previousCursor, Long count) {
        static <T> Page<T> of(CursorPage<T> page) {
            return new Page<>(page.items(), ApiCursors.encode(page.nextCursor()), ApiCursors.encode(page.previousCursor()), page.count());
        }
    }

    @Inject
    ConversationService conversations;

    @POST
    @CallKind(ApiOperation.WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startConversation", summary = "Start a conversation in a web chat's inbox")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Conversation.class)))
    public Response create(@NotNull(message = "is required") @Valid ApiRequests.NewConversation request, @Context UriInfo uri) {
        Conversation created = conversations.create(request.webChat());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listConversations", summary = "One page of an inbox's conversations, newest activity first")
    public Page<Conversation> list(@QueryParam("inbox") @NotBlank(message = "is required") @Uuid String inbox,
                                   @QueryParam("keyword") String keyword,
                                   @QueryParam("cursor") String cursor,
                                   @QueryParam("pageSize") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more") @Max(value = 100, message = "must be at most 100") int pageSize) {
        return Page.of(conversations.list(inbox, Texts.trimmedOrNull(keyword), ApiCursors.decode(cursor), pageSize));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getConversation", summary = "One conversation")
    public Conversation get(@PathParam("id") @Uuid String id) {
        return conversations.get(id);
    }

    @GET
    @Path("{id}/messages")
    @Operation(operationId = "listMessages", summary = "The thread, newest first, one page at a time")
    public Page<Message> messages(@PathParam("id") @Uuid String id,
                                  @QueryParam("cursor") String cursor,
                                  @QueryParam("pageSize") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more") @Max(value = 100, message = "must be at most 100") int pageSize) {
        return Page.of(conversations.messages(id, ApiCursors.decode(cursor), pageSize));
    }

    @GET
    @Path("{id}/messages/{messageId}")
    @Operation(operationId = "getMessage", summary = "One message of the conversation")
    public Message message(@PathParam("id") @Uuid String id,
                           @PathParam("messageId") @Uuid String messageId) {
        return conversations.message(id, messageId);
    }

    @POST
    @CallKind(ApiOperation.WRITE)
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendMessage", summary = "Send a message; MaiAgent's reply arrives later by webhook (see /replies)")
    @APIResponse(responseCode = "201", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Message.class)))
    public Response send(@PathParam("id") @Uuid String id,
                         @NotNull(message = "is required") @Valid ApiRequests.NewMessage request, @Context UriInfo uri) {
        Message sent = conversations.send(id, request.toModel());
        // MaiAgent's documented answer may lack the id: the message was still sent, so it is still a 201, only unnamed.
        Response.ResponseBuilder created = sent.id() == null || sent.id().isBlank() ? Response.status(Response.Status.CREATED)
                : Response.created(uri.getAbsolutePathBuilder().path(sent.id()).build());
        return created.entity(sent).build();
    }
}
