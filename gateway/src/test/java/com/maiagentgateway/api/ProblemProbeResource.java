package com.maiagentgateway.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test only; see {@link ProblemProbeApi}. */
@RequestScoped
@Path("/")
public class ProblemProbeResource {

    public static class Message {
        @NotBlank(message = "must not be blank")
        public String content;

        @Size(max = 3, message = "must have at most 3 entries")
        public java.util.List<String> attachments;
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Message accept(@NotNull(message = "is required") @Valid Message message) {
        return message;
    }

    @GET
    @Path("crash")
    @Produces(MediaType.APPLICATION_JSON)
    public String crash() {
        throw new IllegalStateException("secret internal state that must not reach the caller");
    }
}
