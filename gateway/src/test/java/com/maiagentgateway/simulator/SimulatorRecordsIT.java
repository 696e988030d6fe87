package com.maiagentgateway.simulator;

import static com.maiagentgateway.it.Http.json;
import static com.maiagentgateway.it.Http.send;
import static com.maiagentgateway.it.SimulatorClient.results;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.maiagentgateway.it.CallingTheGateway;
import com.maiagentgateway.it.Http;
import com.maiagentgateway.it.SimulatorClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chatbot records: required dates, filters, numbered pages with a count, and the Excel export. */
class SimulatorRecordsIT extends CallingTheGateway {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String MONTH_AGO = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();

    SimulatorClient simulator;

    @BeforeEach
    void client() {
        simulator = new SimulatorClient(gateway);
    }

    private String records(String query) {
        return "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records/?" + query;
    }

    @Test
    void pagesAddUpToTheCount() {
        JsonObject first = simulator.getJson(records("startDate=" + MONTH_AGO + "&endDate=" + TODAY + "&pageSize=7"));
        int count = first.getInt("count");
        assertTrue(count > 20, "a month of seeded records");
        int seen = 0;
        JsonObject page = first;
        while (true) {
            seen += results(page).size();
            if (page.isNull("next")) {
                break;
            }
            assertTrue(page.getString("next").contains("page="));
            page = simulator.follow(page.getString("next"));
        }
        assertEquals(count, seen);
        JsonObject record = results(first).getJsonObject(0);
        for (String key : List.of("id", "senderName", "feedback", "inputMessage", "outputMessage", "faithfulnessScore",
                "displayFaithfulnessScore", "answerRelevancyScore", "contextRecallScore", "replyTime", "createdAt",
                "processingTime", "usage", "citationNodes", "context")) {
            assertTrue(record.containsKey(key), key);
        }
    }

    @Test
    void dateRangeAndTextFiltersNarrow() {
        int month = simulator.getJson(records("startDate=" + MONTH_AGO + "&endDate=" + TODAY)).getInt("count");
        int today = simulator.getJson(records("startDate=" + TODAY + "&endDate=" + TODAY)).getInt("count");
        JsonObject filtered = simulator.getJson(records("startDate=" + MONTH_AGO + "&endDate=" + TODAY + "&pageSize=100&userMessage="
                + URLEncoder.encode("發票", StandardCharsets.UTF_8)));
        assertTrue(today < month);
        assertTrue(filtered.getInt("count") > 0 && filtered.getInt("count") < month);
        results(filtered).forEach(r -> assertTrue(r.asJsonObject().getString("inputMessage").contains("發票")));
    }

    @Test
    void datesAreRequiredAndChecked() {
        HttpResponse<String> none = send(simulator.api(records("")));
        assertEquals(400, none.statusCode());
        assertEquals(List.of("endDate", "startDate"), json(none).keySet().stream().sorted().collect(Collectors.toList()));
        HttpResponse<String> wrong = send(simulator.api(records("startDate=2026/01/01&endDate=2026-02-30")));
        assertEquals(400, wrong.statusCode());
        assertEquals(2, json(wrong).size());
        assertEquals(404, send(simulator.api(records("startDate=" + TODAY + "&endDate=" + TODAY + "&page=999"))).statusCode());
        assertEquals(404, send(simulator.api("/chatbots/00000000-0000-4000-8000-000000000000/records/?startDate="
                + TODAY + "&endDate=" + TODAY)).statusCode());
    }

    @Test
    void exportIsARealWorkbookOfTheSameRecords() throws Exception {
        String query = "startDate=" + MONTH_AGO + "&endDate=" + TODAY;
        int count = simulator.getJson(records(query)).getInt("count");
        HttpResponse<InputStream> export = Http.sendForStream(simulator.api(
                "/chatbots/" + SimulatorClient.SUPPORT_BOT + "/records/export-excel/?" + query));

        assertEquals(200, export.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                export.headers().firstValue("Content-Type").orElse(""));
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\".+\\.xlsx\""));
        try (InputStream in = export.body(); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals("User message", rows.get(0).getCellText(2));
            assertEquals(count, rows.size() - 1);
            assertTrue(rows.get(1).getCellText(2).length() > 0);
        }
    }

    @Test
    void feedbackComesInAllItsShapes() {
        JsonObject page = simulator.getJson(records("startDate=" + MONTH_AGO + "&endDate=" + TODAY + "&pageSize=100"));
        var kinds = results(page).stream().map(r -> r.asJsonObject().get("feedback").getValueType()).collect(Collectors.toSet());
        assertEquals(java.util.Set.of(JsonValue.ValueType.NULL, JsonValue.ValueType.STRING, JsonValue.ValueType.OBJECT), kinds);
    }
}
