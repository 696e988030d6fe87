package com.maiagentgateway.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Chatbot Q&A records: required date range, text filters, page-numbered pages; and their Excel export. */
@ApplicationScoped
@Path("{prefix: api(/v1)?}/chatbots/{chatbotPk}/records/")
public class RecordsEndpoint {

    @Inject
    SimulatorStore store;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@PathParam("chatbotPk") String chatbotId, @QueryParam("startDate") String startDate,
                       @QueryParam("endDate") String endDate, @QueryParam("userMessage") String userMessage,
                       @QueryParam("botMessage") String botMessage, @QueryParam("page") String page,
                       @QueryParam("pageSize") String pageSize, @Context UriInfo uri) {
        List<SimRecord> records = find(chatbotId, startDate, endDate, userMessage, botMessage);
        return Pages.numberedPage(records, page, pageSize, uri, WireFormat::record).toString();
    }

    @GET
    @Path("export-excel/")
    public Response export(@PathParam("chatbotPk") String chatbotId, @QueryParam("startDate") String startDate,
                           @QueryParam("endDate") String endDate, @QueryParam("userMessage") String userMessage,
                           @QueryParam("botMessage") String botMessage) {
        List<SimRecord> records = find(chatbotId, startDate, endDate, userMessage, botMessage);
        StreamingOutput workbook = out -> RecordsWorkbook.write(records, out);
        return Response.ok(workbook, RecordsWorkbook.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"chatbot_records_" + startDate + "_" + endDate + ".xlsx\"")
                .build();
    }

    private List<SimRecord> find(String chatbotId, String startDate, String endDate, String userMessage, String botMessage) {
        store.chatbot(chatbotId).orElseThrow(DrfErrors::notFound);
        JsonObjectBuilder errors = Json.createObjectBuilder();
        LocalDate start = date("startDate", startDate, errors);
        LocalDate end = date("endDate", endDate, errors);
        if (start == null || end == null) {
            throw DrfErrors.invalid(errors);
        }
        return store.records(chatbotId, start, end, userMessage, botMessage);
    }

    private static LocalDate date(String name, String value, JsonObjectBuilder errors) {
        if (value == null || value.isBlank()) {
            errors.add(name, Json.createArrayBuilder().add(DrfErrors.REQUIRED));
            return null;
        }
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("format", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, Json.createArrayBuilder().add("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."));
            return null;
        }
    }
}
