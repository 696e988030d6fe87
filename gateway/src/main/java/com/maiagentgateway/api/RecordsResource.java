package com.maiagentgateway.api;

import com.maiagentgateway.model.ApiOperation;
import com.maiagentgateway.model.ChatbotRecord;
import com.maiagentgateway.model.PageOf;
import com.maiagentgateway.model.RecordsExport;
import com.maiagentgateway.model.RecordsQuery;
import com.maiagentgateway.platform.Roles;
import com.maiagentgateway.platform.Texts;
import com.maiagentgateway.platform.Uuid;
import com.maiagentgateway.problem.InvalidInputException;
import com.maiagentgateway.service.RecordsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A chatbot's Q&A records with their quality scores, and the Excel export of them. */
@ApplicationScoped
@CallKind(ApiOperation.RECORDS)
@Path("/chatbots/{chatbotId}/records")
@Tag(name = "Chatbot records")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT})
public class RecordsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecordsService records;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listRecords", summary = "Records between two dates (YYYY-MM-DD, inclusive), optionally containing text, one page at a time")
    public PageOf<ChatbotRecord> list(@PathParam("chatbotId") @Uuid String chatbotId,
                                      @QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
                                      @QueryParam("userMessage") String userMessage, @QueryParam("botMessage") String botMessage,
                                      @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") int page,
                                      @QueryParam("pageSize") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more")
                                      @Max(value = 100, message = "must be at most 100") int pageSize) {
        return records.list(query(chatbotId, startDate, endDate, userMessage, botMessage), page, pageSize);
    }

    @GET
    @Path("export")
    @Produces({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "exportRecords", summary = "The same records as an Excel workbook, streamed through from MaiAgent")
    @APIResponse(responseCode = "200", description = "The workbook (an Excel .xlsx file)",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("chatbotId") @Uuid String chatbotId,
                           @QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
                           @QueryParam("userMessage") String userMessage, @QueryParam("botMessage") String botMessage) {
        RecordsExport export = records.export(query(chatbotId, startDate, endDate, userMessage, botMessage));
        StreamingOutput body = out -> {
            try (InputStream in = export.content()) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder answer = Response.ok(body, export.contentType() == null ? XLSX : export.contentType());
        answer.header("Content-Disposition", export.contentDisposition() != null ? export.contentDisposition()
                : "attachment; filename=\"chatbot-records-" + startDate + "-" + endDate + ".xlsx\"");
        return answer.build();
    }

    private static RecordsQuery query(String chatbotId, String startDate, String endDate, String userMessage, String botMessage) {
        LocalDate start = QueryDates.parse("startDate", startDate);
        LocalDate end = QueryDates.parse("endDate", endDate);
        if (start == null) {
            throw new InvalidInputException("startDate", "is required (YYYY-MM-DD)");
        }
        if (end == null) {
            throw new InvalidInputException("endDate", "is required (YYYY-MM-DD)");
        }
        QueryDates.requireOrdered("startDate", start, "endDate", end);
        return new RecordsQuery(chatbotId, start, end, Texts.trimmedOrNull(userMessage), Texts.trimmedOrNull(botMessage));
    }

}
