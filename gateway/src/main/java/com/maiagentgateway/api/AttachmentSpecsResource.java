package com.maiagentgateway.api;

import com.maiagentgateway.model.FileRule;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.service.AttachmentSpecsService;
import com.maiagentgateway.model.ApiOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The file types and sizes MaiAgent accepts, normalised. */
@ApplicationScoped
@CallKind(ApiOperation.READ)
@Path("/attachments/specs")
@Tag(name = "Attachments")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class AttachmentSpecsResource {

    /** The rules: per category and field, the extensions with their content type (null: any) and the size limit. */
    public record Specs(List<FileRule> items) {
    }

    @Inject
    AttachmentSpecsService specs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachmentSpecs", summary = "Allowed file types and sizes, by purpose")
    public Specs get() {
        return new Specs(specs.rules());
    }
}
