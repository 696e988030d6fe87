package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.Attachment;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.service.AttachmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /attachments}: upload a file not tied to a conversation, to pass to a completion. */
@ApplicationScoped
@CallKind(ApiOperation.UPLOADS)
@Path("/attachments")
@Tag(name = "Attachments")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class AttachmentUploadsResource {

    @Inject
    AttachmentService attachments;

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, description = UploadRequest.FORMS, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"))),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Operation(operationId = "uploadAttachment", summary = "Upload a file for use in completions (multipart, part \"file\")")
    @APIResponse(responseCode = "201", description = "Stored with MaiAgent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Attachment.class)))
    public Response upload(@Context HttpServletRequest request) throws IOException {
        Attachment uploaded = UploadRequest.read(request, (filename, content, size) -> attachments.upload(filename, null, content, size));
        return Response.status(201).entity(uploaded).build();
    }
}
