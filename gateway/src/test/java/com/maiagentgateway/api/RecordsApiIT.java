package com.maiagentgateway.api;

import static com.maiagentgateway.it.Http.as;
import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.request;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.DevUsers;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** Records, their Excel export and the file specs through the gateway. */
class RecordsApiIT extends CallingTheGateway {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String MONTH_AGO = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();

    private HttpRequest.Builder api(String path) {
        return as(request(gateway, "/api/v1" + path), DevUsers.CLIENT);
    }

    private String records(String query) {
        return "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records" + query;
    }

    @Test
    void pagesWithScores() {
        JsonObject page = json(send(api(records("?startDate=" + MONTH_AGO + "&endDate=" + TODAY + "&page=2&pageSize=5"))));
        assertEquals(2, page.getInt("page"));
        assertEquals(5, page.getInt("pageSize"));
        assertTrue(page.getInt("count") > 10);
        JsonObject record = page.getJsonArray("items").getJsonObject(0);
        assertTrue(record.getJsonObject("scores").getJsonNumber("faithfulness").doubleValue() > 0);
        assertTrue(record.getString("createdAt").endsWith("Z"));
        // The rest of MaiAgent's record: display scores, what the chatbot understood, its context, cost and timings.
        assertTrue(record.getJsonObject("displayScores").getInt("faithfulness") > 0);
        assertTrue(record.containsKey("condensedMessage") && record.containsKey("context"), record::toString);
        assertTrue(record.getJsonObject("usage").containsKey("description"), record::toString);
        assertTrue(record.getJsonObject("processingTime").containsKey("description"), record::toString);
        assertTrue(record.getJsonArray("citationNodes").getJsonObject(0).containsKey("text"), record::toString);
    }

    @Test
    void datesAreRequiredRealAndInOrder() {
        assertProblem(send(api(records(""))), 400, "invalid-input");
        assertProblem(send(api(records("?startDate=" + TODAY))), 400, "invalid-input");
        assertProblem(send(api(records("?startDate=2026-02-30&endDate=" + TODAY))), 400, "invalid-input");
        JsonObject backwards = assertProblem(send(api(records("?startDate=" + TODAY + "&endDate=" + MONTH_AGO))), 400, "invalid-input");
        assertEquals("startDate", backwards.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(send(api("/chatbots/not-a-uuid/records?startDate=" + TODAY + "&endDate=" + TODAY)), 400, "invalid-input");
    }

    @Test
    void exportStreamsTheWorkbookWithMaiAgentsTypeAndName() throws Exception {
        String query = "?startDate=" + MONTH_AGO + "&endDate=" + TODAY;
        int count = json(send(api(records(query)))).getInt("count");
        HttpResponse<InputStream> export = Http.sendForStream(api(records("/export" + query)));

        assertEquals(200, export.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.headers().firstValue("Content-Type").orElse(""));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (InputStream in = export.body(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(count, rows.size() - 1);
        }
    }

    @Test
    void fileSpecsNormalised() {
        JsonObject specs = json(send(api("/attachments/specs")));
        JsonObject attachmentFiles = specs.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("category").equals("attachment")).findFirst().orElseThrow();
        assertEquals("file", attachmentFiles.getString("field"));
        assertEquals(20971520, attachmentFiles.getInt("maxSize"));
        assertEquals("application/pdf", attachmentFiles.getJsonObject("contentTypes").getString(".pdf"));
    }
}
