package com.maiagentgateway.api;

import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.problem.Problem;
import com.maiagentgateway.security.ApiKeys;
import com.maiagentgateway.service.ClientApplicationService;
import com.maiagentgateway.service.UsageReports;
import com.maiagentgateway.store.ApiOperation;
import com.maiagentgateway.store.ClientApplication;
import com.maiagentgateway.store.ClientKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Client applications, for administrators: the applications that call the API with keys, their scopes,
 * quotas and keys, and everyone's usage. A key is in the answer that creates it and nowhere else, ever.
 */
@RequestScoped
@CallKind(ApiOperation.ADMIN)
@Path("/admin")
@Tag(name = "Client applications")
@RolesAllowed(Roles.ADMIN)
public class ClientApplicationsResource {

    static final Set<String> GRANTABLE = Set.of("read", "write", "completions", "uploads", "records");

    @Inject
    ClientApplicationService service;

    @Inject
    UsageReports usage;

    /** What an admin sets. Operations: read, write, completions, uploads, records. Chatbots left out: all. */
    public record ApplicationInput(
            @NotBlank(message = "is required")
            @Pattern(regexp = ClientApplicationService.NAME_PATTERN, message = ClientApplicationService.NAME_RULE)
            String name,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String owner,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String contact,
            @Size(min = 1, max = 50, message = "must name 1 to 50 chatbots, or be left out for every chatbot") List<@NotNull(message = "is required") @Uuid String> chatbots,
            @NotEmpty(message = "must name at least one of read, write, completions, uploads, records") @Size(max = 5, message = "must have at most 5 entries")
            List<@NotNull(message = "is required") String> operations,
            @Valid QuotaInput quotas) {
    }

    /** Each quota is optional: left out, the application has no such limit. */
    public record QuotaInput(
            @Min(value = 1, message = "must be 1 or more") @Max(value = ClientApplicationService.MAX_REQUESTS_PER_MINUTE, message = "must be at most {value}") Integer requestsPerMinute,
            @Min(value = 1, message = "must be 1 or more") @Max(value = ClientApplicationService.MAX_COMPLETIONS_PER_DAY, message = "must be at most {value}") Integer completionsPerDay,
            @Min(value = 1, message = "must be 1 or more") @Max(value = ClientApplicationService.MAX_UPLOAD_BYTES_PER_DAY, message = "must be at most {value} (1 TiB)") Long uploadBytesPerDay) {
    }

    public record KeyView(String prefix, Instant createdAt, Instant revokedAt, boolean active) {
    }

    public record ApplicationView(String id, String name, String owner, String contact, List<String> chatbots, List<String> operations,
                                  QuotaInput quotas, String status, Instant createdAt, Instant updatedAt, List<KeyView> keys) {
    }

    /** The one answer that carries a key: keep it, it is not shown again. */
    public record IssuedKey(String prefix, String key) {
    }

    public record CreatedApplication(ApplicationView application, IssuedKey key) {
    }

    public record StatusInput(@NotNull(message = "is required") @Pattern(regexp = "active|suspended", message = "must be active or suspended") String status) {
    }

    @GET
    @Path("applications")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every client application, with its keys' prefixes")
    public List<ApplicationView> list() {
        Map<Long, List<ClientKey>> keys = service.keysByApplication();
        return service.all().stream().map(a -> view(a, keys.getOrDefault(a.getId(), List.of()))).toList();
    }

    @POST
    @Path("applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an application and its first key (in this answer only)")
    public Response create(@NotNull(message = "is required") @Valid ApplicationInput input, @Context UriInfo uri) {
        ClientApplicationService.Created created = service.create(settings(input));
        ApplicationView view = view(created.application());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(new CreatedApplication(view, issued(created.key()))).build();
    }

    @GET
    @Path("applications/{applicationId}")
    @Produces(MediaType.APPLICATION_JSON)
    public ApplicationView get(@PathParam("applicationId") long id) {
        return view(service.get(id));
    }

    @PUT
    @Path("applications/{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an application's owner, contact, chatbots, operations and quotas (its name stays)")
    public ApplicationView update(@PathParam("applicationId") long id, @NotNull(message = "is required") @Valid ApplicationInput input) {
        return view(service.update(id, settings(input)));
    }

    @PUT
    @Path("applications/{applicationId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend or activate an application (every node within a second)")
    public ApplicationView setStatus(@PathParam("applicationId") long id, @NotNull(message = "is required") @Valid StatusInput input) {
        return view(service.setStatus(id, ClientApplication.Status.valueOf(input.status().toUpperCase(Locale.ROOT))));
    }

    @POST
    @Path("applications/{applicationId}/keys")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a further key (rotation: at most two active; in this answer only)")
    public Response addKey(@PathParam("applicationId") long id) {
        try {
            return Response.status(Response.Status.CREATED).entity(issued(service.rotate(id))).build();
        } catch (ClientApplicationService.KeyLimitException twoActive) {
            return Problem.of(409, "too-many-keys", twoActive.getMessage()).response().build();
        }
    }

    @DELETE
    @Path("applications/{applicationId}/keys/{prefix}")
    @Operation(summary = "Revoke a key (every node within a second)")
    public Response revoke(@PathParam("applicationId") long id,
                           @PathParam("prefix") @Pattern(regexp = "[0-9a-f]{8}", message = "must be a key's 8-digit prefix") String prefix) {
        service.revoke(id, prefix);
        return Response.noContent().build();
    }

    @GET
    @Path("applications/{applicationId}/usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One application's usage per UTC day, operation and chatbot (default: the last 30 days)")
    public List<UsageReports.Line> applicationUsage(@PathParam("applicationId") long id, @QueryParam("fromDate") String fromDate,
                                                    @QueryParam("toDate") String toDate) {
        String name = service.get(id).getName();
        LocalDate[] range = range(fromDate, toDate);
        return usage.between(range[0], range[1], name);
    }

    @GET
    @Path("usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every caller's usage (applications by name, registry users as user:<name>) per UTC day, operation and chatbot")
    public List<UsageReports.Line> allUsage(@QueryParam("fromDate") String fromDate, @QueryParam("toDate") String toDate) {
        LocalDate[] range = range(fromDate, toDate);
        return usage.between(range[0], range[1], null);
    }

    private static LocalDate[] range(String fromDate, String toDate) {
        LocalDate to = QueryDates.parse("toDate", toDate);
        LocalDate from = QueryDates.parse("fromDate", fromDate);
        if (to == null) {
            to = LocalDate.now(ZoneOffset.UTC);
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

    private static ClientApplicationService.Settings settings(ApplicationInput input) {
        Set<ApiOperation> operations = EnumSet.noneOf(ApiOperation.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.operations().size(); i++) {
            String operation = input.operations().get(i).trim().toLowerCase(Locale.ROOT);
            if (GRANTABLE.contains(operation)) {
                operations.add(ApiOperation.valueOf(operation.toUpperCase(Locale.ROOT)));
            } else {
                errors.add(new Problem.FieldError("operations[" + i + "]", "must be one of read, write, completions, uploads, records"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        QuotaInput q = input.quotas() == null ? new QuotaInput(null, null, null) : input.quotas();
        return new ClientApplicationService.Settings(input.name(), input.owner(), input.contact(),
                input.chatbots() == null ? null : input.chatbots().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(),
                operations, q.requestsPerMinute(), q.completionsPerDay(), q.uploadBytesPerDay());
    }

    private ApplicationView view(ClientApplication a) {
        return view(a, service.keysOf(a.getId()));
    }

    private ApplicationView view(ClientApplication a, List<ClientKey> ofIt) {
        List<KeyView> keys = ofIt.stream()
                .map((ClientKey k) -> new KeyView(k.getPrefix(), k.getCreatedAt(), k.getRevokedAt(), k.isActive())).toList();
        return new ApplicationView(String.valueOf(a.getId()), a.getName(), a.getOwner(), a.getContact(), a.getChatbots(),
                a.getOperations().stream().map(o -> o.name().toLowerCase(Locale.ROOT)).toList(),
                new QuotaInput(a.getRequestsPerMinute(), a.getCompletionsPerDay(), a.getUploadBytesPerDay()),
                a.getStatus().name().toLowerCase(Locale.ROOT), a.getCreatedAt(), a.getUpdatedAt(), keys);
    }

    private static IssuedKey issued(ApiKeys.Issued key) {
        return new IssuedKey(key.prefix(), key.key());
    }
}
