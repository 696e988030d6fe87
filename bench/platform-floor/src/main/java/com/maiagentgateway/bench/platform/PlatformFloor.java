package com.maiagentgateway.bench.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/**
 * The gateway's two read calls as the least a product on these platform facilities can answer them: a caller's
 * Bearer key checked by a Jakarta Security mechanism, {@code @RolesAllowed}, the path checked by Bean Validation, the
 * call out under Fault Tolerance through MicroProfile Rest Client, MaiAgent's JSON read by JSON-B into records and the
 * same records written back. What it leaves out is the gateway's own work: key directory and usage, quotas, the
 * survival of MaiAgent's variants, problem answers, its metrics and audit.
 */
@ApplicationScoped
@Path("api/v1/conversations")
@RolesAllowed(BenchKeyMechanism.ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class PlatformFloor {

    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    UpstreamReads upstream;

    @GET
    @Path("{id}")
    public Wire.Conversation conversation(@PathParam("id") @Pattern(regexp = UUID) String id) {
        return upstream.conversation(id);
    }

    @GET
    @Path("{id}/messages")
    public Wire.MessagePage messages(@PathParam("id") @Pattern(regexp = UUID) String id,
                                     @QueryParam("pageSize") @Min(1) @Max(100) int pageSize) {
        return upstream.messages(id, pageSize);
    }

    @ApplicationPath("/")
    @DeclareRoles(BenchKeyMechanism.ROLE)
    public static class PlatformFloorApplication extends Application {
    }
}
