package com.maiagentgateway.api;

import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.model.ApiOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the gateway takes the caller to be: a cheap way for an integrating app to check its credentials. */
@ApplicationScoped
@CallKind(ApiOperation.READ)
@Path("/me")
@Tag(name = "Caller")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class CallerResource {

    /** The authenticated caller and the gateway roles it holds. */
    public record Caller(String user, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "me", summary = "The authenticated caller and its gateway roles")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public Caller me(@Context SecurityContext security) {
        List<String> roles = Stream.of(Roles.ADMIN, Roles.CLIENT).filter(security::isUserInRole).toList();
        return new Caller(security.getUserPrincipal().getName(), roles);
    }
}
