package com.maiagentgateway.api;

import com.maiagentgateway.model.AlertRecipientRecord;
import com.maiagentgateway.model.AlertRecord;
import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.service.AlertLevels;
import com.maiagentgateway.service.AlertRecipientInput;
import com.maiagentgateway.service.Alerts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Alerts, for administrators: who is told (e-mail addresses and signed webhooks), the levels that raise alerts, the
 * history with what became of each delivery, and a test. A webhook's signing secret is in the answer that adds it
 * and nowhere else.
 */
@ApplicationScoped
@CallKind(ApiOperation.ADMIN)
@Path("/admin/alerts")
@Tag(name = "Alerts")
@RolesAllowed(Roles.ADMIN)
public class AlertsResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    Alerts alerts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAlerts", summary = "Alerts raised, newest first, with each recipient's delivery")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public PageOf<AlertRecord> history(@QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more")
                                       @Max(value = 1_000_000, message = "must be at most 1000000") int page,
                                       @QueryParam("pageSize") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
                                       @Max(value = MAX_PAGE_SIZE, message = "must be at most " + MAX_PAGE_SIZE) int pageSize) {
        return alerts.history((page - 1) * pageSize, pageSize);
    }

    @POST
    @Path("test")
    @Operation(operationId = "testAlert", summary = "Send a test alert to every recipient")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "202", description = "Raised; its deliveries are in the history")
    public Response test() {
        alerts.test();
        return Response.accepted().build();
    }

    @GET
    @Path("recipients")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAlertRecipients", summary = "Who is told of alerts")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public List<AlertRecipientRecord> recipients() {
        return alerts.recipients();
    }

    /** The one answer that carries a webhook's signing secret: keep it, it is not shown again. */
    public record AddedRecipientView(AlertRecipientRecord recipient, String signingSecret) {
    }

    @POST
    @Path("recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addAlertRecipient", summary = "Add an e-mail address or a webhook URL (its signing secret in this answer only)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddedRecipientView.class)))
    public Response addRecipient(@NotNull(message = "is required") @Valid AlertRecipientInput input, @Context UriInfo uri) {
        Alerts.AddedRecipient added = alerts.addRecipient(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.recipient().id())).build())
                .entity(new AddedRecipientView(added.recipient(), added.signingSecret())).build();
    }

    @DELETE
    @Path("recipients/{recipientId}")
    @Operation(operationId = "removeAlertRecipient", summary = "Stop telling a recipient")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeRecipient(@PathParam("recipientId") long id) {
        alerts.removeRecipient(id);
        return Response.noContent().build();
    }

    @GET
    @Path("levels")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "alertLevels", summary = "The quota percentages and the MaiAgent error rate that raise alerts")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public AlertLevels levels() {
        return alerts.levels();
    }

    @PUT
    @Path("levels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAlertLevels", summary = "Change the levels that raise alerts (each 1–100%)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public AlertLevels changeLevels(@NotNull(message = "is required") @Valid AlertLevels changed) {
        return alerts.changeLevels(changed);
    }
}
