package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A conversation's attachments: listed, and uploaded (multipart, part "file"). */
@ApplicationScoped
@CallKind(ApiOperation.READ)
@Path("/conversations/{id}/attachments")
@Tag(name = "Attachments")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
@Produces(MediaType.APPLICATION_JSON)
public class ConversationAttachmentsResource {

    /** The attachments of one conversation. */
    public record Attachments(List<Attachment> items) {
    }

    @Inject
    AttachmentService attachments;

    @GET
    @Operation(operationId = "listConversationAttachments", summary = "Attachments in the conversation's messages and uploaded through the gateway")
    public Attachments list(@PathParam("id") @Uuid String conversationId) {
        return new Attachments(attachments.ofConversation(conversationId));
    }

    @POST
    @CallKind(ApiOperation.UPLOADS)
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_OCTET_STREAM})
    @RequestBody(required = true, description = UploadRequest.FORMS, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"))),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(operationId = "uploadToConversation", summary = "Upload a file into the conversation: checked against MaiAgent's allowed types and sizes, then stored with MaiAgent")
    @APIResponse(responseCode = "201", description = "Stored with MaiAgent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Attachment.class)))
    public Response upload(@PathParam("id") @Uuid String conversationId,
                           @Context HttpServletRequest request) throws IOException {
        Attachment uploaded = UploadRequest.read(request, (filename, content, size) -> attachments.upload(filename, conversationId, content, size));
        return Response.status(201).entity(uploaded).build();
    }
}
