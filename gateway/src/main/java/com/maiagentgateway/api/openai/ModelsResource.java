package com.maiagentgateway.api.openai;

import com.maiagentgateway.api.CallKind;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.security.ClientIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OpenAI's {@code /models}: the chatbots the caller may ask, by name or id. An application granted completions may list them. */
@ApplicationScoped
@CallKind(value = ApiOperation.READ, grantedBy = ApiOperation.COMPLETIONS)
@Path("/models")
@Tag(name = "OpenAI-compatible")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    OpenAiModels models;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The chatbots the caller may ask, as OpenAI's models")
    public JsonObject list() {
        JsonArrayBuilder data = Json.createArrayBuilder();
        models.offeredTo(ClientIdentity.of(request)).forEach(model -> data.add(json(model)));
        return Json.createObjectBuilder().add("object", "list").add("data", data).build();
    }

    @GET
    @Path("{model}")
    @Operation(summary = "One chatbot the caller may ask, as OpenAI's model")
    public JsonObject one(@PathParam("model") String model) {
        return models.resolve(model, ClientIdentity.of(request)).map(ModelsResource::json)
                .orElseThrow(() -> new WebApplicationException(Problem.of(404, "model-not-found", "The model `" + model
                        + "` does not exist or you do not have access to it.").response().build()));
    }

    private static JsonObject json(OpenAiModels.Model model) {
        return Json.createObjectBuilder().add("id", model.id()).add("object", "model").add("created", 0)
                .add("owned_by", "maiagent").add("maiagent", Json.createObjectBuilder().add("chatbot_id", model.chatbotId())).build();
    }
}
