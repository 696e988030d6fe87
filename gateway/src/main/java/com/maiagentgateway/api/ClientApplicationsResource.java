package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.ClientApplicationDetails;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.service.ApplicationSettings;
import com.maiagentgateway.service.ClientApplicationService;
import com.maiagentgateway.service.IssuedKey;
import com.maiagentgateway.service.KeyLifetimes;
import com.maiagentgateway.service.UsageReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Client applications, for administrators: the applications that call the API with keys, their scopes,
 * quotas and keys, and everyone's usage. A key is in the answer that creates it and nowhere else, ever.
 */
@ApplicationScoped
@CallKind(ApiOperation.ADMIN)
@Path("/admin")
@Tag(name = "Client applications")
@RolesAllowed(Roles.ADMIN)
public class ClientApplicationsResource {

    @Inject
    ClientApplicationService service;

    @Inject
    UsageReports usage;

    @Inject
    Clock clock;

    /** {@code active}: neither revoked nor expired; {@code expiresAt} null: never; {@code expiresSoon}: within a week; {@code lastUsedAt} null: never used (as of a few seconds ago). */
    private static final String KEY_EXPIRY = "When the key stops being accepted: a date (YYYY-MM-DD, through that UTC day) or an "
            + "instant; in the future and within maiagent.keys.max-lifetime-days. Left out: maiagent.keys.default-lifetime-days from now.";

    public record KeyView(String prefix, Instant createdAt, Instant revokedAt, Instant expiresAt, Instant lastUsedAt, boolean active, boolean expiresSoon) {
    }

    public record ApplicationView(String id, String name, String owner, String contact, List<String> chatbots, List<String> operations,
                                  ApplicationSettings.Quotas quotas, String status, Instant createdAt, Instant updatedAt, List<KeyView> keys) {
    }

    /** The one answer that carries a key: keep it, it is not shown again. */
    public record IssuedKeyView(String prefix, String key, Instant expiresAt) {
    }

    public record CreatedApplication(ApplicationView application, IssuedKeyView key) {
    }

    public record StatusInput(@NotNull(message = "is required") @Pattern(regexp = "active|suspended", message = "must be active or suspended") String status) {
    }

    @GET
    @Path("applications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApplications", summary = "Every client application, with its keys' prefixes")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public List<ApplicationView> list() {
        return service.all().stream().map(ClientApplicationsResource::view).toList();
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApplication", summary = "Create an application and its first key (in this answer only)")
    @APIResponse(responseCode = "201", description = "Created, with its first key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApplication.class)))
    public Response create(@NotNull(message = "is required") @Valid ApplicationSettings input,
                           @Parameter(description = KEY_EXPIRY) @QueryParam(KeyLifetimes.PARAMETER) String keyExpiresAt, @Context UriInfo uri) {
        ClientApplicationService.Created created = service.create(input, keyExpiresAt);
        ApplicationView view = view(service.get(created.applicationId()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(new CreatedApplication(view, issued(created.key()))).build();
    }

    @GET
    @Path("applications/{applicationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplication", summary = "One client application, with its keys' prefixes")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public ApplicationView get(@PathParam("applicationId") long id) {
        return view(service.get(id));
    }

    @PUT
    @Path("applications/{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateApplication", summary = "Replace an application's owner, contact, chatbots, operations and quotas (its name stays)")
    public ApplicationView update(@PathParam("applicationId") long id, @NotNull(message = "is required") @Valid ApplicationSettings input) {
        return view(service.update(id, input));
    }

    @PUT
    @Path("applications/{applicationId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setApplicationStatus", summary = "Suspend or activate an application (every node within a second)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public ApplicationView setStatus(@PathParam("applicationId") long id, @NotNull(message = "is required") @Valid StatusInput input) {
        return view(service.setActive(id, input.status().equals("active")));
    }

    @POST
    @Path("applications/{applicationId}/keys")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueKey", summary = "Issue a further key (rotation: at most two active; in this answer only)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedKeyView.class)))
    public Response addKey(@PathParam("applicationId") long id,
                           @Parameter(description = KEY_EXPIRY) @QueryParam(KeyLifetimes.PARAMETER) String keyExpiresAt) {
        try {
            return Response.status(Response.Status.CREATED).entity(issued(service.rotate(id, keyExpiresAt))).build();
        } catch (ClientApplicationService.KeyLimitException twoActive) {
            return Problem.of(409, "too-many-keys", twoActive.getMessage()).response().build();
        }
    }

    @DELETE
    @Path("applications/{applicationId}/keys/{prefix}")
    @Operation(operationId = "revokeKey", summary = "Revoke a key (every node within a second)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("applicationId") long id,
                           @PathParam("prefix") @Pattern(regexp = "[0-9a-f]{8}", message = "must be a key's 8-digit prefix") String prefix) {
        service.revoke(id, prefix);
        return Response.noContent().build();
    }

    @GET
    @Path("applications/{applicationId}/usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "applicationUsage", summary = "One application's usage per UTC day, operation and chatbot (default: the last 30 days)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public List<UsageReports.Line> applicationUsage(@PathParam("applicationId") long id, @QueryParam("fromDate") String fromDate,
                                                    @QueryParam("toDate") String toDate) {
        String name = service.get(id).name();
        LocalDate[] range = range(fromDate, toDate);
        return usage.between(range[0], range[1], name);
    }

    @GET
    @Path("usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "usage", summary = "Every caller's usage (applications by name, registry users as user:<name>) per UTC day, operation and chatbot")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public List<UsageReports.Line> allUsage(@QueryParam("fromDate") String fromDate, @QueryParam("toDate") String toDate) {
        LocalDate[] range = range(fromDate, toDate);
        return usage.between(range[0], range[1], null);
    }

    private LocalDate[] range(String fromDate, String toDate) {
        LocalDate to = QueryDates.parse("toDate", toDate);
        LocalDate from = QueryDates.parse("fromDate", fromDate);
        if (to == null) {
            to = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        }
        if (from == null) {
            from = to.minusDays(29);
        }
        QueryDates.requireOrdered("fromDate", from, "toDate", to);
        if (from.plusDays(366).isBefore(to)) {
            throw new InvalidInputException("fromDate", "must be at most 366 days before toDate");
        }
        return new LocalDate[] {from, to};
    }

    private static ApplicationView view(ClientApplicationDetails a) {
        List<KeyView> keys = a.keys().stream()
                .map(k -> new KeyView(k.prefix(), k.createdAt(), k.revokedAt(), k.expiresAt(), k.lastUsedAt(), k.active(), k.endsSoon())).toList();
        return new ApplicationView(String.valueOf(a.id()), a.name(), a.owner(), a.contact(), a.chatbots(),
                ApplicationSettings.GRANTABLE.stream().filter(a.operations()::contains).map(ApplicationSettings::nameOf).toList(),
                ApplicationSettings.Quotas.of(a.requestsPerMinute(), a.completionsPerDay(), a.uploadBytesPerDay()),
                a.active() ? "active" : "suspended", a.createdAt(), a.updatedAt(), keys);
    }

    private static IssuedKeyView issued(IssuedKey key) {
        return new IssuedKeyView(key.prefix(), key.key(), key.expiresAt());
    }
}
