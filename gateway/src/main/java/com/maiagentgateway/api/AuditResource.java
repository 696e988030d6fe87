package com.maiagentgateway.api;

import com.maiagentgateway.model.AuditFilter;
import com.maiagentgateway.model.AuditRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.service.AuditTrail;
import com.maiagentgateway.model.ApiOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for administrators: every write action, newest first. */
@ApplicationScoped
@CallKind(ApiOperation.ADMIN)
@Path("/audit")
@Tag(name = "Audit trail")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "auditTrail", summary = "Audit entries, filtered by user, action and date range (UTC, YYYY-MM-DD, inclusive)")
    @Extension(name = ProblemResponsesOasFilter.LOCAL, value = "true")
    public PageOf<AuditRecord> find(@QueryParam("actor") String actor,
                                    @Parameter(description = "An action (message.send), or a family of them (client-application: all its actions)") @QueryParam("action") String action,
                                    @QueryParam("fromDate") String fromDate,
                                    @QueryParam("toDate") String toDate,
                                    @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") @Max(value = AuditTrail.MAX_PAGE, message = "must be at most " + AuditTrail.MAX_PAGE) int page,
                                    @QueryParam("pageSize") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
                                    @Max(value = AuditTrail.MAX_PAGE_SIZE, message = "must be at most " + AuditTrail.MAX_PAGE_SIZE) int pageSize) {
        LocalDate from = QueryDates.parse("fromDate", fromDate);
        LocalDate to = QueryDates.parse("toDate", toDate);
        QueryDates.requireOrdered("fromDate", from, "toDate", to);
        AuditFilter filter = new AuditFilter(Texts.trimmedOrNull(actor), Texts.trimmedOrNull(action),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return auditTrail.find(filter, page, pageSize);
    }

}
